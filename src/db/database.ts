// The journal database: one Dexie database in the extension's own origin.
import Dexie from 'dexie';
import type { DexieOptions, Table, Transaction } from 'dexie';
import type { Draft, JournalEvent, Outcome, Person, SeenPost } from '../core/journal';
import { dayOf } from '../core/journal';
import { tallyPosts } from '../core/metrics/mentions';
import type { MentionTally } from '../core/metrics/mentions';
import { foldEvents } from '../core/metrics/activity';
import type { ActivityTally, PostHistory } from '../core/metrics/activity';
import { postKey } from '../core/metrics/filter';
import type { PostFacts } from '../core/metrics/reply-time';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema';
import { rebuildVoices } from './voices';
import type { VoiceTally } from './voices';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class HearkenDB extends Dexie {
  events!: Table<JournalEvent, string>;
  posts!: Table<SeenPost, [string, string]>;
  drafts!: Table<Draft, string>;
  people!: Table<Person, string>;
  outcomes!: Table<Outcome, [string, string]>;
  tallies!: Table<MentionTally, [number, string, string]>;
  activity!: Table<ActivityTally, [number, string, string]>;
  voices!: Table<VoiceTally, [number, string, string]>;
  /** Practice attempts (issue 8): same shape as events, never counted as real activity. */
  practice!: Table<JournalEvent, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade((tx) => rebuildVoices((name) => tx.table(name)));
  }
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  const posts = (await tx.table('posts').toArray()) as SeenPost[];
  await tx.table('tallies').bulkPut(tallyPosts(posts));
  // Rows written before `day` was stored everywhere get it now.
  await tx
    .table('events')
    .filter((event: JournalEvent) => typeof event.day !== 'number')
    .modify((event: JournalEvent) => {
      event.day = dayOf(event.at);
    });
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  const posts = (await tx.table('posts').toArray()) as SeenPost[];
  const facts = new Map<string, PostFacts>();
  const authorOf = new Map<string, string>();
  for (const post of posts) {
    const key = postKey(post.site, post.id);
    facts.set(key, post.intent ? { firstSeen: post.firstSeen, intent: post.intent } : { firstSeen: post.firstSeen });
    authorOf.set(key, post.authorKey);
  }
  const events = ((await tx.table('events').orderBy('at').toArray()) as JournalEvent[]).map((event) =>
    typeof event.day === 'number' ? event : { ...event, day: dayOf(event.at) },
  );
  const { tallies, firsts } = foldEvents(events, new Map<string, PostHistory>(), facts);
  await tx.table('activity').bulkPut([...tallies.values()]);
  const engagement = new Map<string, { listened: number; replied: number; lastContact: number }>();
  for (const [key, first] of firsts) {
    const author = authorOf.get(key);
    if (!author) continue;
    const entry = engagement.get(author) ?? { listened: 0, replied: 0, lastContact: 0 };
    if (first.listened) entry.listened += 1;
    if (first.replied) entry.replied += 1;
    entry.lastContact = Math.max(entry.lastContact, first.at);
    engagement.set(author, entry);
  }
  const replied = new Set([...firsts].filter(([, first]) => first.replied).map(([key]) => key));
  const postsByKey = new Map(posts.map((post) => [postKey(post.site, post.id), post]));
  await tx.table('outcomes').toCollection().modify((outcome: Outcome) => {
    const key = postKey(outcome.site, outcome.postId);
    const post = postsByKey.get(key);
    outcome.labels = post?.labels ?? events.find((event) => event.id === outcome.eventId)?.labels ?? [];
    outcome.replied = replied.has(key);
    if (post?.intent) outcome.intent = post.intent;
  });
  await tx.table('people').toCollection().modify((person: Person) => {
    const entry = engagement.get(person.key);
    if (!entry) return;
    person.listened = entry.listened;
    person.replied = entry.replied;
    person.lastContact = entry.lastContact;
  });
}

export function openJournal(name: string = DATABASE_NAME, options?: DexieOptions): HearkenDB {
  return new HearkenDB(name, options);
}
