// Daily tallies of who posts and who the person engaged with, per (UTC day, site, watch item),
// so the people card follows the dashboard's filters by reading a few hundred rows instead of
// every post and event in the range. Rows with label "" count each post and contact once,
// whatever its labels. Kept in step by the journal writes inside their transactions.
// Stored as parallel arrays, not objects keyed by author: at 100,000 events a 90-day range holds
// ~28,000 author entries, and arrays are read and summed several times faster.
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
  /** Authors (person keys) with posts first seen that day, and how many, index by index. */
  authors: string[];
  posts: number[];
  /** Authors whose posts the person first listened to or replied to that day, and a Contact each (three numbers). */
  contacted: string[];
  contacts: number[];
}

/** A row while it is being added up. */
interface VoiceDelta {
  day: number;
  site: SiteId;
  label: string;
  authors: Map<string, number>;
  contacts: Map<string, Contact>;
}

type Deltas = Map<string, VoiceDelta>;

export function authorsOf(row: VoiceTally): Map<string, number> {
  const map = new Map<string, number>();
  row.authors.forEach((author, index) => map.set(author, row.posts[index] ?? 0));
  return map;
}

export function contactsOf(row: VoiceTally): Map<string, Contact> {
  const map = new Map<string, Contact>();
  row.contacted.forEach((author, index) => {
    const at = index * 3;
    map.set(author, [row.contacts[at] ?? 0, row.contacts[at + 1] ?? 0, row.contacts[at + 2] ?? 0]);
  });
  return map;
}

function toRow(delta: VoiceDelta): VoiceTally {
  // In key order, so a row reads the same however its entries arrived.
  const byKey = (a: [string, unknown], b: [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const authors = [...delta.authors].filter(([, n]) => n > 0).sort(byKey);
  const contacts = [...delta.contacts].sort(byKey);
  return {
    day: delta.day,
    site: delta.site,
    label: delta.label,
    authors: authors.map(([author]) => author),
    posts: authors.map(([, n]) => n),
    contacted: contacts.map(([author]) => author),
    contacts: contacts.flatMap(([, contact]) => contact),
  };
}

function fromRow(row: VoiceTally | undefined, day: number, site: SiteId, label: string): VoiceDelta {
  return row
    ? { day, site, label, authors: authorsOf(row), contacts: contactsOf(row) }
    : { day, site, label, authors: new Map(), contacts: new Map() };
}

function rowOf(deltas: Deltas, day: number, site: SiteId, label: string): VoiceDelta {
  const key = `${day}\u0000${site}\u0000${label}`;
  let row = deltas.get(key);
  if (!row) {
    row = fromRow(undefined, day, site, label);
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
    row.authors.set(post.authorKey, (row.authors.get(post.authorKey) ?? 0) + sign);
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
export function postDeltas(changes: readonly { before?: SeenPost; after: SeenPost }[]): VoiceDelta[] {
  const deltas: Deltas = new Map();
  for (const { before, after } of changes) {
    if (before && sameVoice(before, after)) continue;
    if (before) addPost(deltas, before, -1);
    addPost(deltas, after, 1);
  }
  return [...deltas.values()];
}

function addContact(contacts: Map<string, Contact>, author: string, [listened, replied, last]: Contact): void {
  const [l, r, at] = contacts.get(author) ?? [0, 0, 0];
  contacts.set(author, [l + listened, r + replied, Math.max(at, last)]);
}

/**
 * The contacts a fold of events made: each post's first listen and first reply, on the day it
 * happened, under the labels of the event that made it.
 */
export function contactDeltas(
  firsts: FoldResult['firsts'],
  events: readonly JournalEvent[],
  authorOf: (key: string) => string | undefined,
): VoiceDelta[] {
  const labels = new Map<string, readonly string[]>();
  for (const event of events) labels.set(postKey(event.site, event.postId), event.labels);
  const deltas: Deltas = new Map();
  for (const [key, first] of firsts) {
    const author = authorOf(key);
    if (!author) continue;
    const site = key.slice(0, key.indexOf('\u0000')) as SiteId;
    for (const label of labelsOf(labels.get(key) ?? [])) {
      addContact(rowOf(deltas, dayOf(first.at), site, label).contacts, author, [first.listened ? 1 : 0, first.replied ? 1 : 0, first.at]);
    }
  }
  return [...deltas.values()];
}

function addInto(into: VoiceDelta, delta: VoiceDelta): void {
  for (const [author, count] of delta.authors) into.authors.set(author, (into.authors.get(author) ?? 0) + count);
  for (const [author, contact] of delta.contacts) addContact(into.contacts, author, contact);
}

const isEmpty = (row: VoiceTally): boolean => row.authors.length === 0 && row.contacted.length === 0;

/** Adds deltas to the stored rows; call inside a transaction that includes `voices`. */
export async function storeVoices(db: HearkenDB, deltas: readonly VoiceDelta[]): Promise<void> {
  const changed = deltas.filter((delta) => [...delta.authors.values()].some((n) => n !== 0) || delta.contacts.size > 0);
  if (changed.length === 0) return;
  const keys = changed.map((delta) => [delta.day, delta.site, delta.label] as [number, string, string]);
  const stored = await db.voices.bulkGet(keys);
  const rows = changed.map((delta, index) => {
    const sum = fromRow(stored[index], delta.day, delta.site, delta.label);
    addInto(sum, delta);
    return toRow(sum);
  });
  const kept = rows.filter((row) => !isEmpty(row));
  const gone = rows.filter(isEmpty);
  if (kept.length > 0) await db.voices.bulkPut(kept);
  if (gone.length > 0) await db.voices.bulkDelete(gone.map((row) => [row.day, row.site, row.label] as [number, string, string]));
}

/** Every voice tally a journal of these posts and fold results holds. */
export function voicesFrom(posts: readonly SeenPost[], firsts: FoldResult['firsts'], events: readonly JournalEvent[]): VoiceTally[] {
  const authorOf = new Map(posts.map((post) => [postKey(post.site, post.id), post.authorKey]));
  const sums: Deltas = new Map();
  for (const delta of [...postDeltas(posts.map((after) => ({ after }))), ...contactDeltas(firsts, events, (key) => authorOf.get(key))]) {
    addInto(rowOf(sums, delta.day, delta.site, delta.label), delta);
  }
  return [...sums.values()].map(toRow).filter((row) => !isEmpty(row));
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
