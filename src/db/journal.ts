// Journal writes and reads. Every write is one transaction per batch and idempotent by id:
// a sender that retries until acknowledged never creates duplicates.
import type { Collection } from 'dexie';
import {
  OUTCOME_RESULTS,
  authorKey,
  dayOf,
  parseJournalEvents,
  parseSeenPosts,
} from '../core/journal';
import type {
  EventKind,
  JournalEvent,
  JournalEventInput,
  Outcome,
  OutcomeResult,
  Person,
  SeenPost,
  SeenPostInput,
} from '../core/journal';
import { eventsOfPosts } from './by-post';
import type { HearkenDB } from './database';
import { invalidInput, toStorageError } from './errors';
import { updateTallies } from './tallies';
import { foldNewEvents } from './activity';
import { postDeltas, storeVoices } from './voices';
import { SPEAK_KINDS } from '../core/metrics/listen-speak';
import { isPractice } from '../core/metrics/filter';
import type { WriteResult } from './errors';

export interface AppendOptions {
  /** Practice attempts (issue 8) go to their own table and never count as real activity. */
  practice?: boolean;
}

function firstById<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(item);
  }
  return unique;
}

function toStoredEvent(input: JournalEventInput): JournalEvent {
  const event: JournalEvent = {
    id: input.id,
    kind: input.kind,
    at: input.at,
    site: input.site,
    postId: input.postId,
    labels: [...input.labels],
    day: dayOf(input.at),
  };
  if (input.data !== undefined) event.data = input.data;
  return event;
}

function outcomeOf(event: JournalEvent): Outcome | undefined {
  if (event.kind !== 'outcome' && event.kind !== 'no-reply-needed') return undefined;
  const raw = event.kind === 'no-reply-needed' ? 'no-reply-needed' : event.data?.result;
  if (!(OUTCOME_RESULTS as readonly unknown[]).includes(raw)) return undefined;
  const outcome: Outcome = {
    site: event.site,
    postId: event.postId,
    result: raw as OutcomeResult,
    at: event.at,
    eventId: event.id,
  };
  if (typeof event.data?.note === 'string') outcome.note = event.data.note;
  return outcome;
}

/** Stores events; events whose id is already stored are counted as duplicates and left as they are. */
export async function appendEvents(
  db: HearkenDB,
  events: JournalEventInput[],
  options: AppendOptions = {},
): Promise<WriteResult> {
  const parsed = parseJournalEvents(events);
  if (!parsed.ok) return { ok: false, error: invalidInput(parsed.errors) };
  const unique = firstById(parsed.value, (event) => event.id).map(toStoredEvent);
  const inBatchDuplicates = parsed.value.length - unique.length;
  if (unique.length === 0) return { ok: true, added: 0, updated: 0, duplicates: inBatchDuplicates };
  const table = options.practice ? db.practice : db.events;
  try {
    return await db.transaction('rw', [table, db.outcomes, db.posts, db.activity, db.people, db.voices], async () => {
      const existing = await table.bulkGet(unique.map((event) => event.id));
      const fresh = unique.filter((_, index) => existing[index] === undefined);
      if (fresh.length > 0) await table.bulkAdd(fresh);
      if (!options.practice) {
        await recordOutcomes(db, fresh);
        await foldNewEvents(db, fresh);
      }
      return {
        ok: true as const,
        added: fresh.length,
        updated: 0,
        duplicates: inBatchDuplicates + unique.length - fresh.length,
      };
    });
  } catch (error) {
    return { ok: false, error: toStorageError(error) };
  }
}

async function recordOutcomes(db: HearkenDB, events: JournalEvent[]): Promise<void> {
  const latest = new Map<string, Outcome>();
  for (const event of events) {
    if (isPractice(event)) continue;
    const outcome = outcomeOf(event);
    if (!outcome) continue;
    const key = `${outcome.site}\u0000${outcome.postId}`;
    const previous = latest.get(key);
    if (!previous || previous.at <= outcome.at) latest.set(key, outcome);
  }
  if (latest.size === 0) return;
  const candidates = [...latest.values()];
  const keys = candidates.map((o) => [o.site, o.postId] as [string, string]);
  const [stored, posts, related] = await Promise.all([
    db.outcomes.bulkGet(keys),
    db.posts.bulkGet(keys),
    eventsOfPosts(db, candidates.map((o) => o.postId)),
  ]);
  const replied = new Set(
    related.filter((event) => SPEAK_KINDS.includes(event.kind)).map((event) => `${event.site}\u0000${event.postId}`),
  );
  const newer = candidates.flatMap((outcome, index) => {
    const current = stored[index];
    if (current !== undefined && current.at > outcome.at) return [];
    const post = posts[index];
    const eventLabels = events.find((event) => event.id === outcome.eventId)?.labels ?? [];
    const enriched: Outcome = { ...outcome, labels: post?.labels ?? eventLabels, replied: replied.has(`${outcome.site}\u0000${outcome.postId}`) };
    if (post?.intent) enriched.intent = post.intent;
    return [enriched];
  });
  if (newer.length > 0) await db.outcomes.bulkPut(newer);
}

function mergeLabels(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function mergePost(stored: SeenPost | undefined, input: SeenPostInput): SeenPost {
  const post: SeenPost = {
    site: input.site,
    id: input.id,
    author: { ...input.author },
    authorKey: authorKey(input.site, input.author),
    text: input.text,
    labels: mergeLabels(stored?.labels ?? [], input.labels),
    firstSeen: Math.min(stored?.firstSeen ?? input.at, input.at),
    lastSeen: Math.max(stored?.lastSeen ?? input.at, input.at),
    seenCount: (stored?.seenCount ?? 0) + 1,
  };
  // The newest sighting decides the snapshot; an older retry must not overwrite newer text.
  const newest = stored && stored.lastSeen > input.at ? stored : undefined;
  if (newest) {
    post.author = newest.author;
    post.authorKey = newest.authorKey;
    post.text = newest.text;
  }
  const pick = <K extends 'permalink' | 'intent' | 'sentiment' | 'lang'>(key: K): void => {
    const value = newest ? (newest[key] ?? input[key]) : (input[key] ?? stored?.[key]);
    if (value !== undefined) post[key] = value as SeenPost[K];
  };
  pick('permalink');
  pick('intent');
  pick('sentiment');
  pick('lang');
  return post;
}

/**
 * Stores posts seen on a page: new posts are added, known posts get the latest snapshot,
 * lastSeen and the union of labels. The same sighting (site, id, at) sent twice counts once.
 */
export async function recordSeenPosts(db: HearkenDB, posts: SeenPostInput[]): Promise<WriteResult> {
  const parsed = parseSeenPosts(posts);
  if (!parsed.ok) return { ok: false, error: invalidInput(parsed.errors) };
  const unique = firstById(parsed.value, (post) => `${post.site}\u0000${post.id}\u0000${post.at}`);
  if (unique.length === 0) return { ok: true, added: 0, updated: 0, duplicates: 0 };
  try {
    return await db.transaction('rw', [db.posts, db.people, db.tallies, db.voices], async () => {
      const keys = unique.map((post) => [post.site, post.id] as [string, string]);
      const storedList = await db.posts.bulkGet(keys);
      const merged = new Map<string, SeenPost>();
      const wasNew = new Set<string>();
      let duplicates = 0;
      unique.forEach((input, index) => {
        const mapKey = `${input.site}\u0000${input.id}`;
        const stored = merged.get(mapKey) ?? storedList[index];
        if (!stored) wasNew.add(mapKey);
        if (stored && stored.lastSeen === input.at) {
          // A retried sighting: merge labels only, do not count it again.
          duplicates += 1;
          merged.set(mapKey, { ...stored, labels: mergeLabels(stored.labels, input.labels) });
          return;
        }
        merged.set(mapKey, mergePost(stored, input));
      });
      const rows = [...merged.values()];
      const before = new Map<string, SeenPost>();
      unique.forEach((input, index) => {
        const stored = storedList[index];
        if (stored) before.set(`${input.site}\u0000${input.id}`, stored);
      });
      await db.posts.bulkPut(rows);
      const changes = rows.map((after) => ({ before: before.get(`${after.site}\u0000${after.id}`), after }));
      await updateTallies(db, changes);
      await storeVoices(db, postDeltas(changes));
      await updatePeople(db, rows.filter((post) => wasNew.has(`${post.site}\u0000${post.id}`)), rows);
      return { ok: true as const, added: wasNew.size, updated: rows.length - wasNew.size, duplicates };
    });
  } catch (error) {
    return { ok: false, error: toStorageError(error) };
  }
}

/** People: a new post counts once for its author; every sighting refreshes name, labels and lastSeen. */
async function updatePeople(db: HearkenDB, newPosts: SeenPost[], allPosts: SeenPost[]): Promise<void> {
  const byKey = new Map<string, SeenPost[]>();
  for (const post of allPosts) {
    const list = byKey.get(post.authorKey) ?? [];
    list.push(post);
    byKey.set(post.authorKey, list);
  }
  const newCount = new Map<string, number>();
  for (const post of newPosts) newCount.set(post.authorKey, (newCount.get(post.authorKey) ?? 0) + 1);
  const keys = [...byKey.keys()];
  const stored = await db.people.bulkGet(keys);
  const rows: Person[] = keys.map((key, index) => {
    const posts = byKey.get(key) ?? [];
    const latest = posts.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
    const current = stored[index];
    const person: Person = {
      ...current,
      key,
      site: latest.site,
      name: latest.author.name,
      posts: (current?.posts ?? 0) + (newCount.get(key) ?? 0),
      labels: mergeLabels(current?.labels ?? [], posts.flatMap((post) => post.labels)),
      firstSeen: Math.min(current?.firstSeen ?? Infinity, ...posts.map((post) => post.firstSeen)),
      lastSeen: Math.max(current?.lastSeen ?? 0, ...posts.map((post) => post.lastSeen)),
    };
    const handle = latest.author.handle ?? current?.handle;
    const url = latest.author.url ?? current?.url;
    if (handle !== undefined) person.handle = handle;
    if (url !== undefined) person.url = url;
    return person;
  });
  await db.people.bulkPut(rows);
}

export interface ListEventsQuery {
  /** Inclusive lower bound, ms epoch. */
  since?: number;
  /** Exclusive upper bound, ms epoch. */
  until?: number;
  kinds?: EventKind[];
  limit?: number;
  /** Newest first by default. */
  order?: 'newest' | 'oldest';
}

/** Events in a time range, optionally of some kinds, newest first unless asked otherwise. */
export async function listEvents(db: HearkenDB, query: ListEventsQuery = {}): Promise<JournalEvent[]> {
  const since = query.since ?? 0;
  const until = query.until ?? Number.MAX_SAFE_INTEGER;
  const newest = (query.order ?? 'newest') === 'newest';
  const limit = query.limit ?? Infinity;
  const ordered = (collection: Collection<JournalEvent, string>): Collection<JournalEvent, string> => {
    const sorted = newest ? collection.reverse() : collection;
    return Number.isFinite(limit) ? sorted.limit(limit) : sorted;
  };
  if (!query.kinds) {
    return ordered(db.events.where('at').between(since, until, true, false)).toArray();
  }
  const perKind = await Promise.all(
    [...new Set(query.kinds)].map((kind) =>
      ordered(db.events.where('[kind+at]').between([kind, since], [kind, until], true, false)).toArray(),
    ),
  );
  const all = perKind.flat().sort((a, b) => (newest ? b.at - a.at : a.at - b.at) || a.id.localeCompare(b.id));
  return Number.isFinite(limit) ? all.slice(0, limit) : all;
}

export function countEvents(db: HearkenDB): Promise<number> {
  return db.events.count();
}
