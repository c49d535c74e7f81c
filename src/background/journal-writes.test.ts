import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEventInput, SeenPostInput } from '../core/journal';
import { HearkenDB } from '../db/database';
import { listEvents } from '../db/journal';
import { STORAGE_PROBLEM_KEY } from '../db/storage-problem';
import { journalWriter, StorageFailure } from './journal-writes';
import type { ProblemStore } from './journal-writes';

const opened: HearkenDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function freshDb(): HearkenDB {
  const db = new HearkenDB(`journal-writes-${Date.now()}-${opened.length}`);
  opened.push(db);
  return db;
}

function memoryStore(): ProblemStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    read: async (key) => structuredClone(values.get(key)),
    write: async (key, value) => void values.set(key, structuredClone(value)),
  };
}

/**
 * Makes every write the journal attempts throw as a full disk does, through a Dexie middleware
 * on the database under test only: reads still work, so what was stored can be checked.
 */
function withFullDisk(db: HearkenDB): { full: boolean } {
  const disk = { full: false };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            disk.full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request),
        };
      },
    }),
  });
  return disk;
}

const T0 = Date.UTC(2025, 9, 14, 8, 30);

const post: SeenPostInput = {
  site: 'reddit',
  id: 't3_1g2xk9',
  permalink: 'https://www.reddit.com/r/productivity/comments/1g2xk9/',
  author: { name: 'Lina Bergström', handle: 'linab' },
  text: 'Har någon fått Acme Notes att synka med kalendern? Mina anteckningar försvinner efter varje uppdatering.',
  labels: ['Acme'],
  intent: 'question',
  sentiment: 'negative',
  lang: 'sv',
  at: T0,
};

function event(id: string, kind: JournalEventInput['kind'], minutes: number): JournalEventInput {
  return { id, kind, at: T0 + minutes * 60_000, site: 'reddit', postId: post.id, labels: ['Acme'] };
}

describe('journal writes when the disk is full', () => {
  it('answers quota, records since when, keeps stored rows whole, and clears after a later success', async () => {
    const db = freshDb();
    const disk = withFullDisk(db);
    const store = memoryStore();
    let clock = T0 + 3_600_000;
    const writer = journalWriter(() => db, store, () => clock);

    await writer.seen([post]);
    await writer.append([event('kept-1', 'seen', 0), event('kept-2', 'listened', 4)]);
    expect(store.values.has(STORAGE_PROBLEM_KEY)).toBe(false);

    disk.full = true;
    const refused = writer.append([event('new-1', 'inserted', 12)]);
    await expect(refused).rejects.toBeInstanceOf(StorageFailure);
    await expect(refused).rejects.toMatchObject({ code: 'quota' });
    const since = clock;
    expect(store.values.get(STORAGE_PROBLEM_KEY)).toEqual({ code: 'quota', since, lastAt: since, failedWrites: 1 });

    clock += 60_000;
    await expect(writer.seen([{ ...post, text: 'muokattu', at: T0 + 600_000 }])).rejects.toMatchObject({ code: 'quota' });
    expect(store.values.get(STORAGE_PROBLEM_KEY)).toEqual({ code: 'quota', since, lastAt: clock, failedWrites: 2 });

    expect((await listEvents(db, { order: 'oldest' })).map((e) => e.id)).toEqual(['kept-1', 'kept-2']);
    expect((await db.posts.get(['reddit', post.id]))?.text).toBe(post.text);
    expect((await db.people.toArray()).map((person) => person.posts)).toEqual([1]);

    disk.full = false;
    await expect(writer.append([event('new-1', 'inserted', 12)])).resolves.toEqual({ stored: 1 });
    expect(store.values.get(STORAGE_PROBLEM_KEY)).toBeNull();
    expect((await listEvents(db, { order: 'oldest' })).map((e) => e.id)).toEqual(['kept-1', 'kept-2', 'new-1']);
  });

  it('leaves the record alone for failures that are not about room', async () => {
    const db = freshDb();
    const store = memoryStore();
    const writer = journalWriter(() => db, store, () => T0);
    db.close();
    await expect(writer.append([event('late', 'seen', 1)])).rejects.toMatchObject({ code: 'failed' });
    expect(store.values.has(STORAGE_PROBLEM_KEY)).toBe(false);
  });

  it('still answers quota when the record itself cannot be written', async () => {
    const db = freshDb();
    withFullDisk(db).full = true;
    const writer = journalWriter(() => db, {
      read: async () => undefined,
      write: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
    await expect(writer.append([event('e', 'seen', 0)])).rejects.toMatchObject({ code: 'quota' });
  });
});

describe('journal writes from a page’s outbox', () => {
  it('stores the seen posts and the events of one message, posts first', async () => {
    const db = freshDb();
    const writer = journalWriter(() => db, memoryStore(), () => T0);
    await expect(writer.record([post], [event('seen-1', 'seen', 0), event('listened-1', 'listened', 2)])).resolves.toEqual({ stored: 3 });
    expect((await db.posts.get(['reddit', post.id]))?.text).toBe(post.text);
    expect((await listEvents(db, { order: 'oldest' })).map((e) => e.id)).toEqual(['seen-1', 'listened-1']);
    await expect(writer.record([], [])).resolves.toEqual({ stored: 0 });
  });

  it('stores no events when the posts could not be stored, so the same message can be sent again', async () => {
    const db = freshDb();
    withFullDisk(db).full = true;
    const writer = journalWriter(() => db, memoryStore(), () => T0);
    await expect(writer.record([post], [event('seen-1', 'seen', 0)])).rejects.toMatchObject({ code: 'quota' });
    expect(await listEvents(db, { order: 'oldest' })).toEqual([]);
  });
});
