import type { ReplyTime, ReplyTimeGroup } from '../../../core/metrics/reply-time';
import { t } from '../../shared/i18n';
import { DataTable } from '../chart';
import type { Formatters } from '../format';
import { nameOf, replyTimeText } from '../sentences';
import { siteName } from '../site-names';
import { Bar, Section } from './section';

function rowsOf(groups: Partial<Record<string, ReplyTimeGroup>>, name: (key: string) => string, f: Formatters) {
  const entries = Object.entries(groups).filter((entry): entry is [string, ReplyTimeGroup] => entry[1] !== undefined);
  const longest = Math.max(1, ...entries.map(([, group]) => group.medianMs));
  return entries
    .sort((a, b) => a[1].medianMs - b[1].medianMs)
    .map(([key, group]) => [
      name(key),
      <span class="bar-cell">
        <Bar share={group.medianMs / longest} />
        {f.duration(group.medianMs)}
      </span>,
      f.number(group.replies),
    ]);
}

export function ReplyTimeSection({ value, f }: { value: ReplyTime; f: Formatters }) {
  return (
    <Section id="reply" title={t('dashReplyTitle')} sentences={replyTimeText(value, t, f)}>
      {value.medianMs !== null && (
        <>
          <p class="headline">
            <span class="big">{f.duration(value.medianMs)}</span> {t('dashReplyUnit')}
          </p>
          <DataTable caption={t('dashReplyBySite')} head={[t('dashSite'), t('dashMedian'), t('dashReplies')]} rows={rowsOf(value.bySite, (site) => siteName(site, t), f)} />
          {Object.keys(value.byIntent).length > 0 && (
            <DataTable
              caption={t('dashReplyByIntent')}
              head={[t('dashIntent'), t('dashMedian'), t('dashReplies')]}
              rows={rowsOf(value.byIntent, (intent) => nameOf(t, 'intent', intent), f)}
            />
          )}
        </>
      )}
    </Section>
  );
}
