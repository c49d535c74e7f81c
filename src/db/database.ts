// The journal database: one Dexie database in the extension's own origin.
import Dexie from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import type { Draft, JournalEvent, Outcome, Person, SeenPost } from '../core/journal';
import { DATABASE_NAME, SCHEMA_V1 } from './schema';

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
  /** Practice attempts (issue 8): same shape as events, never counted as real activity. */
  practice!: Table<JournalEvent, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

export function openJournal(name: string = DATABASE_NAME, options?: DexieOptions): HearkenDB {
  return new HearkenDB(name, options);
}
