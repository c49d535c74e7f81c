// The dashboard's event metrics computed from daily activity tallies (see activity.ts). They
// answer the same as the event-based functions: activity.test.ts checks that they agree.
import type { ActivityTally } from './activity';
import { ALL_LABELS } from './activity';
import { draftChecksResult } from './draft-checks';
import type { DraftCheckSummary } from './draft-checks';
import type { MetricFilter } from './filter';
import { giveAskResult } from './give-ask';
import type { GiveAsk } from './give-ask';
import { listenSpeakResult } from './listen-speak';
import type { ListenSpeak } from './listen-speak';
import { replyTimeResult } from './reply-time';
import type { ReplyTime, SiteReplyTiming } from './reply-time';
import { localDay, weekStartDay } from './time';

/**
 * Tallies inside the filter, the range taken as whole UTC days. Without a label filter the "" rows are used (every event once);
 * with several labels an event carrying two of them counts for each.
 */
export function selectActivity(rows: readonly ActivityTally[], filter: MetricFilter = {}): ActivityTally[] {
  const firstDay = filter.from !== undefined ? localDay(filter.from) : -Infinity;
  const lastDay = filter.to !== undefined ? localDay(filter.to - 1) : Infinity;
  const labels = filter.labels && filter.labels.length > 0 ? filter.labels : [ALL_LABELS];
  return rows.filter(
    (row) =>
      row.day >= firstDay &&
      row.day <= lastDay &&
      labels.includes(row.label) &&
      (!filter.sites || filter.sites.length === 0 || filter.sites.includes(row.site)),
  );
}

export function listenSpeakFromActivity(rows: readonly ActivityTally[], filter: MetricFilter = {}, target = 3): ListenSpeak {
  const weeks = new Map<number, { listened: number; spoke: number }>();
  for (const row of selectActivity(rows, filter)) {
    if (row.listened === 0 && row.replies.length === 0) continue;
    const week = weekStartDay(row.day);
    const bucket = weeks.get(week) ?? { listened: 0, spoke: 0 };
    bucket.listened += row.listened;
    bucket.spoke += row.replies.length;
    weeks.set(week, bucket);
  }
  return listenSpeakResult(weeks, target);
}

export function giveAskFromActivity(rows: readonly ActivityTally[], filter: MetricFilter = {}, target = 9): GiveAsk {
  let give = 0;
  let ask = 0;
  const cues = new Map<string, number>();
  for (const row of selectActivity(rows, filter)) {
    give += row.give;
    ask += row.ask;
    for (const [cue, count] of Object.entries(row.askCues)) cues.set(cue, (cues.get(cue) ?? 0) + count);
  }
  return giveAskResult(give, ask, cues, target);
}

export function replyTimeFromActivity(rows: readonly ActivityTally[], filter: MetricFilter = {}): ReplyTime {
  const timings: SiteReplyTiming[] = [];
  for (const row of selectActivity(rows, filter)) {
    for (const reply of row.replies) timings.push({ ...reply, site: row.site });
  }
  return replyTimeResult(timings);
}

export function draftChecksFromActivity(rows: readonly ActivityTally[], filter: MetricFilter = {}): DraftCheckSummary {
  const checksPerWeek = new Map<number, number>();
  const firedPerRule = new Map<string, Map<number, number>>();
  for (const row of selectActivity(rows, filter)) {
    if (row.checks === 0) continue;
    const week = weekStartDay(row.day);
    checksPerWeek.set(week, (checksPerWeek.get(week) ?? 0) + row.checks);
    for (const [rule, count] of Object.entries(row.rules)) {
      const weeks = firedPerRule.get(rule) ?? new Map<number, number>();
      weeks.set(week, (weeks.get(week) ?? 0) + count);
      firedPerRule.set(rule, weeks);
    }
  }
  return draftChecksResult(checksPerWeek, firedPerRule);
}
