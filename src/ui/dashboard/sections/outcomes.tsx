import { OUTCOME_RESULTS } from '../../../core/journal';
import type { OutcomeMatrix } from '../../../core/metrics/outcomes';
import { t } from '../../shared/i18n';
import { DataTable } from '../chart';
import type { Formatters } from '../format';
import { nameOf, outcomesText } from '../sentences';
import { Section } from './section';

const COLUMNS = [...OUTCOME_RESULTS, 'pending'] as const;

export function OutcomesSection({ value, f }: { value: OutcomeMatrix; f: Formatters }) {
  // Only the outcomes that happened get a column; an empty column says nothing.
  const used = COLUMNS.filter((column) => value.rows.some((row) => row.results[column] > 0));
  return (
    <Section id="outcomes" title={t('dashOutcomesTitle')} sentences={outcomesText(value, t, f)}>
      {value.rows.length > 0 && (
        <DataTable
          caption={t('dashOutcomesTable')}
          head={[t('dashIntent'), t('dashPosts'), ...used.map((column) => nameOf(t, 'outcome', column))]}
          rows={value.rows.map((row) => [
            nameOf(t, 'intent', row.intent),
            f.number(row.posts),
            ...used.map((column) =>
              row.results[column] === 0 ? '–' : `${f.number(row.results[column])} (${f.percent(row.results[column] / row.posts)})`,
            ),
          ])}
        />
      )}
    </Section>
  );
}
