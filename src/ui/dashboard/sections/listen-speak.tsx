import { useMemo } from 'preact/hooks';
import type { ListenSpeak } from '../../../core/metrics/listen-speak';
import { t } from '../../shared/i18n';
import { Chart, DataTable } from '../chart';
import type { Formatters } from '../format';
import { ratioText } from '../format';
import { listenSpeakText } from '../sentences';
import { Section } from './section';

export function ListenSpeakSection({ value, f }: { value: ListenSpeak; f: Formatters }) {
  const days = useMemo(() => value.weeks.map((week) => week.weekStart), [value]);
  const series = useMemo(
    () => [
      { label: t('dashListened'), values: value.weeks.map((week) => week.listened) },
      { label: t('dashReplies'), values: value.weeks.map((week) => week.spoke) },
    ],
    [value],
  );
  const headline = value.ratio === null ? '–' : ratioText(f, value.ratio);
  return (
    <Section id="listen" title={t('dashListenTitle')} sentences={listenSpeakText(value, t, f)}>
      {value.weeks.length > 0 && (
        <>
          <p class="headline">
            <span class="big">{headline}</span> {t('dashListenUnit')}
          </p>
          <Chart days={days} series={series} kind="bars" formatDay={f.day} formatValue={(v) => f.number(v, 0)} label={t('dashListenChart')} />
          <DataTable
            caption={t('dashListenTable')}
            collapsed={t('dashShowNumbers')}
            head={[t('dashWeekOf'), t('dashListened'), t('dashReplies'), t('dashRatio')]}
            rows={value.weeks.map((week) => [
              f.day(week.weekStart),
              f.number(week.listened),
              f.number(week.spoke),
              week.ratio === null ? '–' : ratioText(f, week.ratio),
            ])}
          />
        </>
      )}
    </Section>
  );
}
