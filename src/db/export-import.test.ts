import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { HearkenDB } from './database';
import { clearAllData } from './clear';
import { eventsToCsv, postsToCsv } from './csv';
import { exportJournal, exportJournalJson } from './export';
import type { JournalExport } from './export-format';
import { importJournalJson } from './import';
import { appendEvents, recordSeenPosts } from './journal';
import {
  SAMPLE_DRAFTS,
  SAMPLE_EVENTS,
  SAMPLE_OUTCOMES,
  SAMPLE_POSTS,
  SAMPLE_PRACTICE,
} from './sample-journal';

const opened: HearkenDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
function freshDb(): HearkenDB {
  const db = new HearkenDB(`transfer-${Date.now()}-${opened.length}`);
  opened.push(db);
  return db;
}

const NOW = new Date(Date.UTC(2025, 2, 5, 8));

/** Fills a journal through the same write functions the service worker uses. */
async function filledDb(): Promise<HearkenDB> {
  const db = freshDb();
  for (const post of SAMPLE_POSTS) {
    const { authorKey: _k, firstSeen, lastSeen, seenCount: _c, ...rest } = post;
    await recordSeenPosts(db, [{ ...rest, at: firstSeen }]);
    if (lastSeen !== firstSeen) await recordSeenPosts(db, [{ ...rest, at: lastSeen }]);
  }
  await appendEvents(db, SAMPLE_EVENTS.map(({ day: _d, ...input }) => input));
  await appendEvents(db, SAMPLE_PRACTICE.map(({ day: _d, ...input }) => input), { practice: true });
  await db.drafts.bulkPut(SAMPLE_DRAFTS);
  await db.meta.put({ key: 'retentionDays', value: 45 });
  return db;
}

function sortedTables(file: JournalExport): JournalExport['tables'] {
  const sort = <T>(rows: T[]): T[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, sort(rows as unknown[])])) as JournalExport['tables'];
}

describe('export and import', () => {
  it('round-trips losslessly: export, clear, import gives identical data', async () => {
    const db = await filledDb();
    const before = await exportJournal(db, NOW);
    expect(before.tables.events).toHaveLength(SAMPLE_EVENTS.length);
    expect(before.tables.outcomes).toEqual(expect.arrayContaining(SAMPLE_OUTCOMES.map((o) => expect.objectContaining(o))));
    expect(before.tables.tallies.length).toBeGreaterThan(0);
    const text = JSON.stringify(before);

    expect(await clearAllData(db)).toEqual({ ok: true });
    expect(await db.events.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);

    const result = await importJournalJson(db, text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.added.events).toBe(SAMPLE_EVENTS.length);
    const after = await exportJournal(db, NOW);
    expect(sortedTables(after)).toEqual(sortedTables(before));
    expect(JSON.stringify(after)).toContain('Андрей Ёлкин');
    expect(JSON.stringify(after)).toContain('🔋');
  });

  it('imports the same file twice without duplicates', async () => {
    const source = await filledDb();
    const text = await exportJournalJson(source, NOW);
    const target = freshDb();
    const first = await importJournalJson(target, text);
    const second = await importJournalJson(target, text);
    expect(first.ok && second.ok).toBe(true);
    if (second.ok) {
      expect(Object.values(second.added).every((n) => n === 0)).toBe(true);
      expect(Object.values(second.updated).every((n) => n === 0)).toBe(true);
    }
    expect(await target.events.count()).toBe(SAMPLE_EVENTS.length);
    expect(await target.posts.count()).toBe(SAMPLE_POSTS.length);
  });

  it('keeps newer local rows when an older export is merged in', async () => {
    const db = await filledDb();
    const text = await exportJournalJson(db, NOW);
    const [post] = SAMPLE_POSTS;
    if (!post) throw new Error('sample has posts');
    const { authorKey: _k, firstSeen: _f, lastSeen, seenCount: _c, ...rest } = post;
    await recordSeenPosts(db, [{ ...rest, text: 'Päivitys 4.2.1 korjasi akun, kiitos!', sentiment: 'positive', at: lastSeen + 3_600_000 }]);
    await importJournalJson(db, text);
    expect((await db.posts.get([post.site, post.id]))?.text).toBe('Päivitys 4.2.1 korjasi akun, kiitos!');
  });

  describe('refuses bad files whole and changes nothing', () => {
    async function expectRefused(text: string, message: RegExp): Promise<void> {
      const db = await filledDb();
      const before = await exportJournal(db, NOW);
      const result = await importJournalJson(db, text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid');
        expect(result.error.message).toMatch(message);
        expect(result.error.message).toMatch(/Nothing was imported|nothing was imported/);
      }
      expect(sortedTables(await exportJournal(db, NOW))).toEqual(sortedTables(before));
    }

    it('a truncated file', async () => {
      const text = await exportJournalJson(await filledDb(), NOW);
      await expectRefused(text.slice(0, Math.floor(text.length * 0.6)), /cut off/);
    });

    it('a foreign file (a playbook)', async () => {
      await expectRefused(JSON.stringify({ hearken: 1, name: 'Acme support', watch: [] }), /not a Hearken journal export/);
    });

    it('a file from a newer Hearken', async () => {
      const file = JSON.parse(await exportJournalJson(await filledDb(), NOW)) as Record<string, unknown>;
      await expectRefused(JSON.stringify({ ...file, version: 7 }), /newer Hearken/);
    });

    it('one damaged row among good ones, naming where', async () => {
      const source = await filledDb();
      const file = JSON.parse(await exportJournalJson(source, NOW)) as JournalExport;
      const fresh = { ...file.tables.events[0]!, id: 'new-event-from-file', kind: 'teleported' } as unknown;
      file.tables.events.push(fresh as JournalExport['tables']['events'][number]);
      file.tables.events.push({ ...file.tables.events[1]!, id: 'another-new-one' });
      const db = await filledDb();
      const result = await importJournalJson(db, JSON.stringify(file));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(/1 damaged or unexpected entry/);
        expect(result.error.details?.[0]).toMatch(/^tables\.events\.15\.kind: must be a known event kind/);
      }
      expect(await db.events.get('another-new-one')).toBeUndefined();
    });
  });
});

describe('CSV', () => {
  it('writes events and posts a spreadsheet reads back, escaping formulas', async () => {
    const db = await filledDb();
    const events = await db.events.orderBy('at').toArray();
    const parsedEvents = Papa.parse<Record<string, string>>(eventsToCsv(events), { header: true }).data;
    expect(parsedEvents).toHaveLength(events.length);
    expect(parsedEvents[0]).toMatchObject({ id: 'tab1-0001', kind: 'seen', site: 'x', labels: 'Acme', at: '2025-03-04T07:30:00.000Z' });
    const withData = parsedEvents.find((row) => row.id === 'tab2-0003');
    expect(JSON.parse(withData?.data ?? '{}')).toEqual({ result: 'handed-off', note: 'billing team refunded the duplicate charge' });

    const posts = await db.posts.toArray();
    const hostile = { ...posts[0]!, text: '=HYPERLINK("http://evil.example","click")' };
    const parsedPosts = Papa.parse<Record<string, string>>(postsToCsv([...posts, hostile]), { header: true }).data;
    expect(parsedPosts).toHaveLength(posts.length + 1);
    expect(parsedPosts.map((row) => row.text)).toContain('Подскажите, как выгрузить отчёт из Acme в CSV бесплатными средствами? Платный тариф нам пока не по карману.');
    expect(parsedPosts.at(-1)?.text?.startsWith("'=")).toBe(true);
  });
});
