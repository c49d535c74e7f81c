import { useMemo } from 'preact/hooks';
import type { MentionSeries, Spike } from '../../../core/metrics/mentions';
import { t } from '../../shared/i18n';
import { Chart, DataTable } from '../chart';
import type { Formatters } from '../format';
import { mentionsText, spikeText } from '../sentences';
import { Section } from './section';

/** Lines past this many would be unreadable; the table still lists every watch item. */
const MAX_LINES = 6;

export function MentionsSection({ value, f }: { value: { series: MentionSeries[]; spikes: Spike[] }; f: Formatters }) {
  const shown = value.series.slice(0, MAX_LINES);
  const days = useMemo(() => shown[0]?.days.map((day) => day.day) ?? [], [value]);
  const lines = useMemo(() => shown.map((item) => ({ label: item.label, values: item.days.map((day) => day.total) })), [value]);
  const spikes = value.spikes.slice(0, 8);
  return (
    <Section id="mentions" title={t('dashMentionsTitle')} sentences={mentionsText(value.series, value.spikes, t, f)}>
      {spikes.length > 0 && (
        <ul class="spikes" aria-label={t('dashSpikesLabel')}>
          {spikes.map((spike) => (
            <li key={`${spike.label}-${spike.measure}-${spike.day}`}>{spikeText(spike, t, f)}</li>
          ))}
        </ul>
      )}
      {value.series.length > 0 && (
        <>
          <Chart days={days} series={lines} kind="line" formatDay={f.day} formatValue={(v) => f.number(v, 0)} label={t('dashMentionsChart')} />
          <DataTable
            caption={t('dashMentionsTable')}
            head={[t('dashWatchItem'), t('dashMentions'), t('sentiment_negative'), t('sentiment_neutral'), t('sentiment_positive'), t('dashBusiestDay')]}
            rows={value.series.map((item) => {
              const sum = (key: 'negative' | 'neutral' | 'positive') => item.days.reduce((s, day) => s + day.sentiment[key], 0);
              const busiest = item.days.reduce((best, day) => (day.total > best.total ? day : best), item.days[0] ?? { day: 0, total: 0 });
              const share = (n: number) => (item.total === 0 ? '–' : `${f.number(n)} (${f.percent(n / item.total)})`);
              return [
                item.label,
                f.number(item.total),
                share(sum('negative')),
                share(sum('neutral')),
                share(sum('positive')),
                busiest.total > 0 ? `${f.day(busiest.day)}: ${f.number(busiest.total)}` : '–',
              ];
            })}
          />
        </>
      )}
    </Section>
  );
}
