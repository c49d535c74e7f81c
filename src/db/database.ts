// The journal database: one Dexie database in the extension's own origin.
import Dexie from 'dexie';
import type { DexieOptions, Table, Transaction } from 'dexie';
import type { Draft, JournalEvent, Outcome, Person, SeenPost } from '../core/journal';
import { dayOf } from '../core/journal';
import { tallyPosts } from '../core/metrics/mentions';
import type { MentionTally } from '../core/metrics/mentions';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2 } from './schema';

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
  /** Practice attempts (issue 8): same shape as events, never counted as real activity. */
  practice!: Table<JournalEvent, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
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

export function openJournal(name: string = DATABASE_NAME, options?: DexieOptions): HearkenDB {
  return new HearkenDB(name, options);
}
