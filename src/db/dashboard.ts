// The dashboard's queries: each reads only the rows its metric needs through an index (daily
// tallies where they exist), then hands them to the pure metric functions in core/metrics.
// Activity-based charts work in whole UTC days.
import { ALL_LABELS } from '../core/metrics/activity';
import type { ActivityTally } from '../core/metrics/activity';
import type { DraftCheckSummary } from '../core/metrics/draft-checks';
import type { MetricFilter } from '../core/metrics/filter';
import type { Intent } from '../core/model';
import {
  selectActivity,
  draftChecksFromActivity,
  giveAskFromActivity,
  listenSpeakFromActivity,
  replyTimeFromActivity,
} from '../core/metrics/from-activity';
import type { GiveAsk } from '../core/metrics/give-ask';
import type { ListenSpeak } from '../core/metrics/listen-speak';
import { detectSpikes, mentionSeries } from '../core/metrics/mentions';
import type { MentionSeries, Spike } from '../core/metrics/mentions';
import { intentOutcomesFromStored } from '../core/metrics/outcomes';
import type { OutcomeMatrix } from '../core/metrics/outcomes';
import { peopleFromStoredCounts } from '../core/metrics/people';
import type { PeopleSummary } from '../core/metrics/people';
import type { ReplyTime } from '../core/metrics/reply-time';
import { localDay } from '../core/metrics/time';
import type { HearkenDB } from './database';

export interface DashboardOptions {
  /** Days before the range used as the baseline for spikes. */
  spikeWindow?: number;
  /** How many of the busiest people to rank. */
  peopleLimit?: number;
}

/** Activity tallies for the filter's days: the "" rows, or each chosen label's rows. */
export async function activityRows(db: HearkenDB, filter: MetricFilter): Promise<ActivityTally[]> {
  const firstDay = filter.from !== undefined ? localDay(filter.from) : 0;
  const lastDay = filter.to !== undefined ? localDay(filter.to - 1) : Number.MAX_SAFE_INTEGER;
  const labels = filter.labels && filter.labels.length > 0 ? filter.labels : [ALL_LABELS];
  const lists = await Promise.all(
    labels.map((label) => db.activity.where('[label+day]').between([label, firstDay], [label, lastDay], true, true).toArray()),
  );
  return lists.flat();
}

export async function listenSpeakQuery(db: HearkenDB, filter: MetricFilter): Promise<ListenSpeak> {
  return listenSpeakFromActivity(await activityRows(db, filter), filter);
}

export async function giveAskQuery(db: HearkenDB, filter: MetricFilter): Promise<GiveAsk> {
  return giveAskFromActivity(await activityRows(db, filter), filter);
}

export async function replyTimeQuery(db: HearkenDB, filter: MetricFilter): Promise<ReplyTime> {
  return replyTimeFromActivity(await activityRows(db, filter), filter);
}

export async function mentionsQuery(
  db: HearkenDB,
  filter: MetricFilter,
  options: DashboardOptions = {},
): Promise<{ series: MentionSeries[]; spikes: Spike[] }> {
  const window = options.spikeWindow ?? 7;
  const lastDay = filter.to !== undefined ? localDay(filter.to - 1) : Number.MAX_SAFE_INTEGER;
  const firstDay = filter.from !== undefined ? localDay(filter.from) : 0;
  // The spike baseline needs the days just before the range.
  const tallies = await db.tallies.where('day').between(firstDay - window, lastDay, true, true).toArray();
  const wideFilter: MetricFilter = { ...filter };
  if (filter.from !== undefined) wideFilter.from = filter.from - window * 86_400_000;
  const series = mentionSeries(tallies, filter);
  const spikes = detectSpikes(mentionSeries(tallies, wideFilter), { window }).filter((spike) => spike.day >= firstDay);
  return { series, spikes };
}

export async function outcomesQuery(db: HearkenDB, filter: MetricFilter): Promise<OutcomeMatrix> {
  const from = filter.from ?? 0;
  const to = filter.to ?? Number.MAX_SAFE_INTEGER;
  const [outcomes, activity] = await Promise.all([
    db.outcomes.where('at').between(from, to, true, false).toArray(),
    activityRows(db, filter),
  ]);
  const repliesByIntent = new Map<Intent | 'unknown', number>();
  for (const row of selectActivity(activity, filter)) {
    for (const reply of row.replies) {
      const intent = reply.intent ?? 'unknown';
      repliesByIntent.set(intent, (repliesByIntent.get(intent) ?? 0) + 1);
    }
  }
  return intentOutcomesFromStored(outcomes, repliesByIntent, filter);
}

/** The busiest people with the engagement counts kept on them (all time). */
export async function peopleQuery(db: HearkenDB, filter: MetricFilter, options: DashboardOptions = {}): Promise<PeopleSummary> {
  const limit = options.peopleLimit ?? 500;
  const [population, busiest] = await Promise.all([
    db.people.count(),
    db.people.orderBy('posts').reverse().limit(limit).toArray(),
  ]);
  return peopleFromStoredCounts(busiest, filter, { population });
}

export async function draftChecksQuery(db: HearkenDB, filter: MetricFilter): Promise<DraftCheckSummary> {
  return draftChecksFromActivity(await activityRows(db, filter), filter);
}

export interface Dashboard {
  listenSpeak: ListenSpeak;
  giveAsk: GiveAsk;
  replyTime: ReplyTime;
  mentions: { series: MentionSeries[]; spikes: Spike[] };
  outcomes: OutcomeMatrix;
  people: PeopleSummary;
  draftChecks: DraftCheckSummary;
}

export async function loadDashboard(db: HearkenDB, filter: MetricFilter = {}, options: DashboardOptions = {}): Promise<Dashboard> {
  return db.transaction('r', [db.events, db.posts, db.people, db.outcomes, db.tallies, db.activity], async () => ({
    listenSpeak: await listenSpeakQuery(db, filter),
    giveAsk: await giveAskQuery(db, filter),
    replyTime: await replyTimeQuery(db, filter),
    mentions: await mentionsQuery(db, filter, options),
    outcomes: await outcomesQuery(db, filter),
    people: await peopleQuery(db, filter, options),
    draftChecks: await draftChecksQuery(db, filter),
  }));
}
