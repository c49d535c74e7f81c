// Daily tallies of who posts and who the person engaged with, per (UTC day, site, watch item),
// so the people card follows the dashboard's filters by reading a few hundred rows instead of
// every post and event in the range. Rows with label "" count each post and contact once,
// whatever its labels. Kept in step by the journal writes inside their transactions.
import type { Table } from 'dexie';
import type { JournalEvent, SeenPost } from '../core/journal';
import { dayOf } from '../core/journal';
import { ALL_LABELS, foldEvents } from '../core/metrics/activity';
import type { FoldResult, PostHistory } from '../core/metrics/activity';
import { postKey } from '../core/metrics/filter';
import type { PostFacts } from '../core/metrics/reply-time';
import type { SiteId } from '../core/model';
import type { HearkenDB } from './database';

/** What the person did with one author's posts: posts first listened to, first replied to, and when last. */
export type Contact = [listened: number, replied: number, lastAt: number];

export interface VoiceTally {
  day: number;
  site: SiteId;
  label: string;
  /** Posts first seen that day, per author key. */
  authors: Record<string, number>;
  /** First listens and replies made that day, per author of the post. */
  contacts: Record<string, Contact>;
}

type Deltas = Map<string, VoiceTally>;

function rowOf(deltas: Deltas, day: number, site: SiteId, label: string): VoiceTally {
  const key = `${day}\u0000${site}\u0000${label}`;
  let row = deltas.get(key);
  if (!row) {
    row = { day, site, label, authors: {}, contacts: {} };
    deltas.set(key, row);
  }
  return row;
}

function labelsOf(labels: readonly string[]): string[] {
  return [ALL_LABELS, ...new Set(labels)];
}

function addPost(deltas: Deltas, post: SeenPost, sign: 1 | -1): void {
  for (const label of labelsOf(post.labels)) {
    const row = rowOf(deltas, dayOf(post.firstSeen), post.site, label);
    row.authors[post.authorKey] = (row.authors[post.authorKey] ?? 0) + sign;
  }
}

function sameVoice(a: SeenPost, b: SeenPost): boolean {
  return (
    a.authorKey === b.authorKey &&
    a.site === b.site &&
    dayOf(a.firstSeen) === dayOf(b.firstSeen) &&
    a.labels.length === b.labels.length &&
    a.labels.every((label) => b.labels.includes(label))
  );
}

/** The author counts a set of post changes adds and removes. */
export function postDeltas(changes: readonly { before?: SeenPost; after: SeenPost }[]): VoiceTally[] {
  const deltas: Deltas = new Map();
  for (const { before, after } of changes) {
    if (before && sameVoice(before, after)) continue;
    if (before) addPost(deltas, before, -1);
    addPost(deltas, after, 1);
  }
  return [...deltas.values()];
}

/**
 * The contacts a fold of events made: each post's first listen and first reply, on the day it
 * happened, under the labels of the event that made it.
 */
export function contactDeltas(
  firsts: FoldResult['firsts'],
  events: readonly JournalEvent[],
  authorOf: (key: string) => string | undefined,
): VoiceTally[] {
  const labels = new Map<string, readonly string[]>();
  for (const event of events) labels.set(postKey(event.site, event.postId), event.labels);
  const deltas: Deltas = new Map();
  for (const [key, first] of firsts) {
    const author = authorOf(key);
    if (!author) continue;
    const site = key.slice(0, key.indexOf('\u0000')) as SiteId;
    for (const label of labelsOf(labels.get(key) ?? [])) {
      const row = rowOf(deltas, dayOf(first.at), site, label);
      const [listened, replied, last] = row.contacts[author] ?? [0, 0, 0];
      row.contacts[author] = [listened + (first.listened ? 1 : 0), replied + (first.replied ? 1 : 0), Math.max(last, first.at)];
    }
  }
  return [...deltas.values()];
}

function merged(stored: VoiceTally | undefined, delta: VoiceTally): VoiceTally {
  const authors = { ...stored?.authors };
  for (const [author, count] of Object.entries(delta.authors)) {
    const sum = (authors[author] ?? 0) + count;
    if (sum > 0) authors[author] = sum;
    else delete authors[author];
  }
  const contacts = { ...stored?.contacts };
  for (const [author, [listened, replied, last]] of Object.entries(delta.contacts)) {
    const [l, r, at] = contacts[author] ?? [0, 0, 0];
    contacts[author] = [l + listened, r + replied, Math.max(at, last)];
  }
  return { day: delta.day, site: delta.site, label: delta.label, authors, contacts };
}

/** Adds deltas to the stored rows; call inside a transaction that includes `voices`. */
export async function storeVoices(db: HearkenDB, deltas: readonly VoiceTally[]): Promise<void> {
  const changed = deltas.filter(
    (delta) => Object.values(delta.authors).some((n) => n !== 0) || Object.keys(delta.contacts).length > 0,
  );
  if (changed.length === 0) return;
  const keys = changed.map((delta) => [delta.day, delta.site, delta.label] as [number, string, string]);
  const stored = await db.voices.bulkGet(keys);
  const rows = changed.map((delta, index) => merged(stored[index], delta));
  const empty = (row: VoiceTally): boolean => Object.keys(row.authors).length === 0 && Object.keys(row.contacts).length === 0;
  const kept = rows.filter((row) => !empty(row));
  const gone = rows.filter(empty);
  if (kept.length > 0) await db.voices.bulkPut(kept);
  if (gone.length > 0) await db.voices.bulkDelete(gone.map((row) => [row.day, row.site, row.label] as [number, string, string]));
}

/** Every voice tally a journal of these posts and (time-ordered) fold results holds. */
export function voicesFrom(posts: readonly SeenPost[], firsts: FoldResult['firsts'], events: readonly JournalEvent[]): VoiceTally[] {
  const authorOf = new Map(posts.map((post) => [postKey(post.site, post.id), post.authorKey]));
  const deltas: Deltas = new Map();
  for (const row of [...postDeltas(posts.map((after) => ({ after }))), ...contactDeltas(firsts, events, (key) => authorOf.get(key))]) {
    const key = `${row.day}\u0000${row.site}\u0000${row.label}`;
    const into = deltas.get(key);
    deltas.set(key, into ? merged(into, row) : merged(undefined, row));
  }
  return [...deltas.values()].filter((row) => Object.keys(row.authors).length > 0 || Object.keys(row.contacts).length > 0);
}

/** Builds the voice tallies again from every stored post and event (schema upgrade, import). */
export async function rebuildVoices(table: (name: string) => Table): Promise<void> {
  const posts = (await table('posts').toArray()) as SeenPost[];
  const facts = new Map<string, PostFacts>();
  for (const post of posts) {
    facts.set(postKey(post.site, post.id), post.intent ? { firstSeen: post.firstSeen, intent: post.intent } : { firstSeen: post.firstSeen });
  }
  const events = ((await table('events').orderBy('at').toArray()) as JournalEvent[]).map((event) =>
    typeof event.day === 'number' ? event : { ...event, day: dayOf(event.at) },
  );
  const { firsts } = foldEvents(events, new Map<string, PostHistory>(), facts);
  await table('voices').clear();
  await table('voices').bulkPut(voicesFrom(posts, firsts, events));
}
