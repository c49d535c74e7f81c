import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HearkenDB } from '../../db/database';
import { exportJournalJson } from '../../db/export';
import { importJournal } from '../../db/import';
import { appendEvents, recordSeenPosts } from '../../db/journal';
import { SAMPLE_EVENTS, SAMPLE_POSTS } from '../../db/sample-journal';
import { checkImportFile } from './import-check';

let db: HearkenDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function sampleExport(): Promise<string> {
  db = new HearkenDB(`import-check-${Math.random()}`);
  await recordSeenPosts(
    db,
    SAMPLE_POSTS.map(({ authorKey: _key, firstSeen, lastSeen: _last, seenCount: _count, ...post }) => ({ ...post, at: firstSeen })),
  );
  await appendEvents(db, SAMPLE_EVENTS.map(({ day: _day, ...event }) => event));
  return exportJournalJson(db);
}

describe('checking a journal file before import', () => {
  it('accepts a real export, and importing it again adds nothing', async () => {
    const text = await sampleExport();
    const checked = checkImportFile(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok || !db) return;
    const again = await importJournal(db, checked.file);
    expect(again.ok && Object.values(again.added).every((n) => n === 0)).toBe(true);
  });

  it('tells a cut-off, a foreign, a newer, a damaged and an empty file apart', async () => {
    const text = await sampleExport();
    expect(checkImportFile(text.slice(0, text.length - 40))).toMatchObject({ ok: false, reason: 'truncated' });
    expect(checkImportFile(JSON.stringify({ hearken: 1, name: 'Acme team', watch: [] }))).toMatchObject({ ok: false, reason: 'foreign' });
    expect(checkImportFile('[1, 2, 3]')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(checkImportFile(text.replace('"version":1', '"version":7'))).toMatchObject({ ok: false, reason: 'newer', version: 7 });
    const damaged = checkImportFile(text.replace('"kind":"listened"', '"kind":"shouted"'));
    expect(damaged).toMatchObject({ ok: false, reason: 'damaged' });
    expect(damaged.ok ? [] : damaged.details.join(' ')).toContain('kind');
    expect(checkImportFile('  \n')).toMatchObject({ ok: false, reason: 'empty' });
  });
});
