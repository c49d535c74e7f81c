// The dashboard's queries: each reads only the rows its metric needs through an index (daily
// tallies where they exist), then hands them to the pure metric functions in core/metrics.
// Activity-based charts work in whole UTC days.
import { ALL_LABELS } from '../core/metrics/activity';
import type { ActivityTally } from '../core/metrics/activity';
import type { DraftCheckSummary } from '../core/metrics/draft-checks';
import type { MetricFilter } from '../core/metrics/filter';
import type { Person } from '../core/journal';
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
import type { Contact, VoiceTally } from './voices';

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

/**
 * The busiest people and how the person engaged with them. Without a date range or watch item
 * the counts kept on each person answer (a site filter is exact there: a person belongs to one
 * site); with them, the daily voices give each author's posts first seen in the range and the
 * first listens and replies made in it, about the chosen items.
 */
export async function peopleQuery(db: HearkenDB, filter: MetricFilter, options: DashboardOptions = {}): Promise<PeopleSummary> {
  const limit = options.peopleLimit ?? 500;
  const dated = filter.from !== undefined || filter.to !== undefined;
  if (dated || (filter.labels?.length ?? 0) > 0) return peopleInRange(db, filter, limit);
  const [population, busiest] = await Promise.all([
    filter.sites && filter.sites.length > 0 ? db.people.where('site').anyOf([...filter.sites]).count() : db.people.count(),
    db.people.orderBy('posts').reverse().limit(limit).toArray(),
  ]);
  return peopleFromStoredCounts(busiest, filter, { population });
}

/** Voice tallies for the filter's days: the "" rows, or each chosen label's rows. */
async function voiceRows(db: HearkenDB, filter: MetricFilter): Promise<VoiceTally[]> {
  const firstDay = filter.from !== undefined ? localDay(filter.from) : 0;
  const lastDay = filter.to !== undefined ? localDay(filter.to - 1) : Number.MAX_SAFE_INTEGER;
  const labels = filter.labels && filter.labels.length > 0 ? filter.labels : [ALL_LABELS];
  const lists = await Promise.all(
    labels.map((label) => db.voices.where('[label+day]').between([label, firstDay], [label, lastDay], true, true).toArray()),
  );
  const sites = filter.sites && filter.sites.length > 0 ? filter.sites : undefined;
  return lists.flat().filter((row) => !sites || sites.includes(row.site));
}

async function peopleInRange(db: HearkenDB, filter: MetricFilter, limit: number): Promise<PeopleSummary> {
  const posted = new Map<string, { posts: number; labels: Set<string> }>();
  const contact = new Map<string, Contact>();
  const entry = (author: string) => {
    let found = posted.get(author);
    if (!found) {
      found = { posts: 0, labels: new Set<string>() };
      posted.set(author, found);
    }
    return found;
  };
  for (const row of await voiceRows(db, filter)) {
    const labelled = row.label !== ALL_LABELS;
    row.authors.forEach((author, index) => {
      const found = entry(author);
      found.posts += row.posts[index] ?? 0;
      if (labelled) found.labels.add(row.label);
    });
    row.contacted.forEach((author, index) => {
      const found = entry(author);
      if (labelled) found.labels.add(row.label);
      const at = index * 3;
      const [l, r, last] = contact.get(author) ?? [0, 0, 0];
      contact.set(author, [l + (row.contacts[at] ?? 0), r + (row.contacts[at + 1] ?? 0), Math.max(last, row.contacts[at + 2] ?? 0)]);
    });
  }
  // A post with two chosen labels counts once per label row; the "" rows count it once.
  const busiest = [...posted].sort((a, b) => b[1].posts - a[1].posts || a[0].localeCompare(b[0])).slice(0, limit);
  const stored = await db.people.bulkGet(busiest.map(([key]) => key));
  const people: Person[] = [];
  stored.forEach((person, index) => {
    const [key, inRange] = busiest[index] as [string, { posts: number; labels: Set<string> }];
    if (!person) return;
    const row: Person = { ...person, posts: inRange.posts, labels: inRange.labels.size > 0 ? [...inRange.labels] : person.labels };
    delete row.listened;
    delete row.replied;
    delete row.lastContact;
    const made = contact.get(key);
    if (made) [row.listened, row.replied, row.lastContact] = made;
    people.push(row);
  });
  return peopleFromStoredCounts(people, filter, { population: posted.size });
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

/**
 * Every card from one read transaction, so they agree with each other while writes go on. The
 * queries start together: awaited one after another, the transaction committed early inside a
 * liveQuery (PrematureCommitError; Dexie loses track of it across that many native awaits).
 */
export async function loadDashboard(db: HearkenDB, filter: MetricFilter = {}, options: DashboardOptions = {}): Promise<Dashboard> {
  return db.transaction('r', [db.events, db.posts, db.people, db.outcomes, db.tallies, db.activity, db.voices], async () => {
    const [listenSpeak, giveAsk, replyTime, mentions, outcomes, people, draftChecks] = await Promise.all([
      listenSpeakQuery(db, filter),
      giveAskQuery(db, filter),
      replyTimeQuery(db, filter),
      mentionsQuery(db, filter, options),
      outcomesQuery(db, filter),
      peopleQuery(db, filter, options),
      draftChecksQuery(db, filter),
    ]);
    return { listenSpeak, giveAsk, replyTime, mentions, outcomes, people, draftChecks };
  });
}
