// Import a journal export. The whole file is validated before anything is written; then every
// table is merged in one transaction, so a failure changes nothing. Importing the same file
// twice adds nothing the second time.
import type { Table } from 'dexie';
import type { ActivityTally } from '../core/metrics/activity';
import { rebuildVoices } from './voices';
import type { MentionTally } from '../core/metrics/mentions';
import type { HearkenDB } from './database';
import { toStorageError } from './errors';
import type { StorageError } from './errors';
import { parseJournalExport } from './export-format';
import type { JournalExport } from './export-format';
import type { TableName } from './schema';

export type ImportCounts = Record<TableName, number>;

export type ImportResult =
  | { ok: true; added: ImportCounts; updated: ImportCounts }
  | { ok: false; error: StorageError };

function zero(): ImportCounts {
  return { events: 0, posts: 0, drafts: 0, people: 0, outcomes: 0, tallies: 0, activity: 0, practice: 0, meta: 0 };
}

/**
 * Merges rows by primary key. `prefer` says whether the incoming row should replace the stored
 * one; rows that are new are always added.
 */
async function merge<T, K>(
  table: Table<T, K>,
  rows: readonly T[],
  keyOf: (row: T) => K,
  prefer: (incoming: T, stored: T) => boolean,
): Promise<{ added: number; updated: number }> {
  if (rows.length === 0) return { added: 0, updated: 0 };
  const stored = await table.bulkGet(rows.map(keyOf));
  const writes: T[] = [];
  let added = 0;
  let updated = 0;
  rows.forEach((row, index) => {
    const current = stored[index];
    if (current === undefined) {
      added += 1;
      writes.push(row);
    } else if (prefer(row, current) && JSON.stringify(row) !== JSON.stringify(current)) {
      updated += 1;
      writes.push(row);
    }
  });
  if (writes.length > 0) await table.bulkPut(writes);
  return { added, updated };
}

/** Writes a validated export into the database. */
export async function importJournal(db: HearkenDB, file: JournalExport): Promise<ImportResult> {
  const added = zero();
  const updated = zero();
  const record = (name: TableName, counts: { added: number; updated: number }): void => {
    added[name] = counts.added;
    updated[name] = counts.updated;
  };
  const t = file.tables;
  try {
    await db.transaction('rw', db.tables, async () => {
      const never = (): boolean => false;
      record('events', await merge(db.events, t.events, (row) => row.id, never));
      record('practice', await merge(db.practice, t.practice, (row) => row.id, never));
      record('posts', await merge(db.posts, t.posts, (row) => [row.site, row.id] as [string, string], (a, b) => a.lastSeen > b.lastSeen));
      record('people', await merge(db.people, t.people, (row) => row.key, (a, b) => a.posts > b.posts || a.lastSeen > b.lastSeen));
      record('drafts', await merge(db.drafts, t.drafts, (row) => row.id, (a, b) => a.updatedAt > b.updatedAt));
      record('outcomes', await merge(db.outcomes, t.outcomes, (row) => [row.site, row.postId] as [string, string], (a, b) => a.at > b.at));
      // Tallies count the same posts in both journals; the larger count has seen more of them.
      record('tallies', await merge(db.tallies, t.tallies, (row: MentionTally) => [row.day, row.site, row.label] as [number, string, string], (a, b) => a.total > b.total));
      const eventsIn = (row: ActivityTally): number => Object.values(row.kinds).reduce((a, b) => a + (b ?? 0), 0);
      record('activity', await merge(db.activity, t.activity, (row) => [row.day, row.site, row.label] as [number, string, string], (a, b) => eventsIn(a) > eventsIn(b)));
      // Settings already made on this device win over the file's.
      record('meta', await merge(db.meta, t.meta, (row) => row.key, never));
      // Voices are derived (not in the file): built again from the merged posts and events.
      await rebuildVoices((name) => db.table(name));
    });
  } catch (error) {
    return { ok: false, error: toStorageError(error) };
  }
  return { ok: true, added, updated };
}

/** Validates the text whole, then imports it; a bad file is refused with a reason and changes nothing. */
export async function importJournalJson(db: HearkenDB, text: string): Promise<ImportResult> {
  const parsed = parseJournalExport(text);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid', message: parsed.message, details: parsed.details } };
  return importJournal(db, parsed.file);
}
