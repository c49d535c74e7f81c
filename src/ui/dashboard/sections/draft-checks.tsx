import { useMemo } from 'preact/hooks';
import type { DraftCheckSummary } from '../../../core/metrics/draft-checks';
import { t } from '../../shared/i18n';
import { Chart, DataTable } from '../chart';
import type { Formatters } from '../format';
import { draftChecksText, nameOf } from '../sentences';
import { Section } from './section';

const MAX_LINES = 5;

export function DraftChecksSection({ value, f }: { value: DraftCheckSummary; f: Formatters }) {
  const shown = value.rules.slice(0, MAX_LINES);
  const days = useMemo(() => shown[0]?.weeks.map((week) => week.weekStart) ?? [], [value]);
  const lines = useMemo(
    () => shown.map((rule) => ({ label: nameOf(t, 'rule', rule.rule), values: rule.weeks.map((week) => (week.checks === 0 ? null : week.rate * 100)) })),
    [value],
  );
  return (
    <Section id="checks" title={t('dashChecksTitle')} sentences={draftChecksText(value, t, f)}>
      {value.rules.length > 0 && (
        <>
          {days.length > 1 && (
            <Chart days={days} series={lines} kind="line" formatDay={f.day} formatValue={(v) => f.percent(v / 100)} label={t('dashChecksChart')} />
          )}
          <DataTable
            caption={t('dashChecksTable', f.number(value.checks))}
            head={[t('dashRule'), t('dashFired'), t('dashShare'), t('dashTrend')]}
            rows={value.rules.map((rule) => [
              nameOf(t, 'rule', rule.rule),
              f.number(rule.fired),
              f.percent(rule.fired / Math.max(1, value.checks)),
              nameOf(t, 'trend', rule.trend),
            ])}
          />
        </>
      )}
    </Section>
  );
}
