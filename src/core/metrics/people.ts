// People who talk about the watched topics, and how the person has engaged with them.
// The "magic middle": people who post about your topics again and again but are not the
// loudest few; they are often closer to their audience than the stars are.
import type { JournalEvent, Person } from '../journal';
import { isPractice } from './filter';
import type { MetricFilter } from './filter';
import { LISTEN_KINDS, SPEAK_KINDS } from './listen-speak';

export type PersonBand = 'top' | 'middle' | 'occasional';

export interface PersonEngagement {
  key: string;
  name: string;
  site: Person['site'];
  handle?: string;
  url?: string;
  posts: number;
  labels: string[];
  band: PersonBand;
  listened: number;
  replied: number;
  lastContact?: number;
}

export interface PeopleSummary {
  people: PersonEngagement[];
  counts: Record<PersonBand, number>;
  /** Magic-middle people you have listened to but never replied to. */
  middleNotYetAnswered: number;
  sentence: string;
}

export interface PeopleOptions {
  /** Share of people (by posts) that count as the loudest few. */
  topShare?: number;
  /** Fewest posts to be more than an occasional voice. */
  middleMinPosts?: number;
  /**
   * How many people the list was taken from, when it is only the busiest part of a larger
   * table; the loudest few are a share of everyone, not of the part shown.
   */
  population?: number;
}

/**
 * `people` as stored; `authorOf` maps a post key (site NUL postId) to its author's person key,
 * from the posts table. Events give how often each person was listened to and answered.
 */
export function peopleEngagement(
  people: readonly Person[],
  events: readonly JournalEvent[],
  authorOf: ReadonlyMap<string, string>,
  filter: MetricFilter = {},
  options: PeopleOptions = {},
): PeopleSummary {
  const engagement = new Map<string, { listened: Set<string>; replied: Set<string>; last: number }>();
  for (const event of events) {
    if (isPractice(event)) continue;
    if (filter.from !== undefined && event.at < filter.from) continue;
    if (filter.to !== undefined && event.at >= filter.to) continue;
    const listens = LISTEN_KINDS.includes(event.kind);
    const speaks = SPEAK_KINDS.includes(event.kind);
    if (!listens && !speaks) continue;
    const post = `${event.site}\u0000${event.postId}`;
    const key = authorOf.get(post);
    if (!key) continue;
    const entry = engagement.get(key) ?? { listened: new Set<string>(), replied: new Set<string>(), last: 0 };
    (listens ? entry.listened : entry.replied).add(post);
    entry.last = Math.max(entry.last, event.at);
    engagement.set(key, entry);
  }
  return rankPeople(people, filter, options, (person) => {
    const entry = engagement.get(person.key);
    return entry ? { listened: entry.listened.size, replied: entry.replied.size, lastContact: entry.last } : undefined;
  });
}

/**
 * The same, from the engagement counts the journal keeps on each person as events are written
 * (all time: the date range does not narrow them).
 */
export function peopleFromStoredCounts(people: readonly Person[], filter: MetricFilter = {}, options: PeopleOptions = {}): PeopleSummary {
  return rankPeople(people, filter, options, (person) =>
    person.lastContact === undefined
      ? undefined
      : { listened: person.listened ?? 0, replied: person.replied ?? 0, lastContact: person.lastContact },
  );
}

function rankPeople(
  people: readonly Person[],
  filter: MetricFilter,
  options: PeopleOptions,
  engagementOf: (person: Person) => { listened: number; replied: number; lastContact: number } | undefined,
): PeopleSummary {
  const topShare = options.topShare ?? 0.01;
  const middleMin = options.middleMinPosts ?? 3;
  const chosen = people.filter(
    (person) =>
      (!filter.sites || filter.sites.length === 0 || filter.sites.includes(person.site)) &&
      (!filter.labels || filter.labels.length === 0 || person.labels.some((l) => filter.labels?.includes(l))),
  );
  const ranked = [...chosen].sort((a, b) => b.posts - a.posts || a.key.localeCompare(b.key));
  const population = Math.max(ranked.length, options.population ?? 0);
  const topCount = ranked.length === 0 ? 0 : Math.max(1, Math.floor(population * topShare));
  const counts: Record<PersonBand, number> = { top: 0, middle: 0, occasional: 0 };
  let middleNotYetAnswered = 0;
  const rows = ranked.map((person, index): PersonEngagement => {
    const band: PersonBand =
      index < topCount && person.posts >= middleMin ? 'top' : person.posts >= middleMin ? 'middle' : 'occasional';
    counts[band] += 1;
    const entry = engagementOf(person);
    const row: PersonEngagement = {
      key: person.key,
      name: person.name,
      site: person.site,
      posts: person.posts,
      labels: person.labels,
      band,
      listened: entry?.listened ?? 0,
      replied: entry?.replied ?? 0,
    };
    if (person.handle !== undefined) row.handle = person.handle;
    if (person.url !== undefined) row.url = person.url;
    if (entry) row.lastContact = entry.lastContact;
    if (band === 'middle' && row.listened > 0 && row.replied === 0) middleNotYetAnswered += 1;
    return row;
  });
  return { people: rows, counts, middleNotYetAnswered, sentence: describe(counts, middleNotYetAnswered) };
}

function describe(counts: Record<PersonBand, number>, waiting: number): string {
  const total = counts.top + counts.middle + counts.occasional;
  if (total === 0) {
    return 'No one yet. People appear here as Hearken sees them post about your watch items.';
  }
  const waitingText =
    waiting > 0 ? ` You have listened to ${waiting} of them without ever replying: a helpful answer there is worth more than one to a star.` : '';
  return (
    `${counts.middle} people talk about your topics again and again without being the loudest few: the magic middle.` +
    `${waitingText} Good looks like steady, helpful contact with them over time rather than chasing the top ${counts.top}.`
  );
}
