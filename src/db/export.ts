// Export everything to one JSON document, read in one transaction so it is a consistent snapshot.
import type { HearkenDB } from './database';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import type { JournalExport } from './export-format';

export async function exportJournal(db: HearkenDB, now: Date = new Date()): Promise<JournalExport> {
  const tables = [db.events, db.posts, db.drafts, db.people, db.outcomes, db.tallies, db.activity, db.practice, db.meta];
  return db.transaction('r', tables, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: db.verno,
    exportedAt: now.toISOString(),
    tables: {
      events: await db.events.toArray(),
      posts: await db.posts.toArray(),
      drafts: await db.drafts.toArray(),
      people: await db.people.toArray(),
      outcomes: await db.outcomes.toArray(),
      tallies: await db.tallies.toArray(),
      activity: await db.activity.toArray(),
      practice: await db.practice.toArray(),
      meta: await db.meta.toArray(),
    },
  }));
}

export async function exportJournalJson(db: HearkenDB, now: Date = new Date()): Promise<string> {
  return JSON.stringify(await exportJournal(db, now));
}

/** A file name such as hearken-journal-2025-03-04.json. */
export function exportFileName(now: Date = new Date()): string {
  return `hearken-journal-${now.toISOString().slice(0, 10)}.json`;
}
