import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { tallyPosts } from '../core/metrics/mentions';
import { HearkenDB } from './database';
import {
  SAMPLE_DRAFTS,
  SAMPLE_EVENTS,
  SAMPLE_OUTCOMES,
  SAMPLE_PEOPLE,
  SAMPLE_POSTS,
  SAMPLE_PRACTICE,
} from './sample-journal';
import { CURRENT_VERSION, SCHEMA_V1 } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes the sample journal exactly as release 1 stored it. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    // Release 1 rows: some events written before `day` was stored on every row.
    await v1.table('events').bulkAdd(SAMPLE_EVENTS.map(({ day: _day, ...rest }, i) => (i % 2 === 0 ? rest : { ...rest, day: _day })));
    await v1.table('posts').bulkAdd(SAMPLE_POSTS);
    await v1.table('drafts').bulkAdd(SAMPLE_DRAFTS);
    await v1.table('people').bulkAdd(SAMPLE_PEOPLE);
    await v1.table('outcomes').bulkAdd(SAMPLE_OUTCOMES);
    await v1.table('practice').bulkAdd(SAMPLE_PRACTICE);
    await v1.table('meta').bulkAdd([{ key: 'retentionDays', value: 30 }]);
  });
  v1.close();
}

describe('schema migrations', () => {
  it('opens a version 1 journal and keeps every row, adding tallies and day numbers', async () => {
    const name = `migrate-v1-${Date.now()}`;
    names.push(name);
    await writeVersion1(name);

    const db = new HearkenDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.events.toArray())).toEqual(byId(SAMPLE_EVENTS));
    expect(await db.posts.count()).toBe(SAMPLE_POSTS.length);
    for (const post of SAMPLE_POSTS) expect(await db.posts.get([post.site, post.id])).toEqual(post);
    expect(byId(await db.drafts.toArray())).toEqual(byId(SAMPLE_DRAFTS));
    expect(await db.people.toArray()).toEqual([...SAMPLE_PEOPLE].sort((a, b) => a.key.localeCompare(b.key)));
    expect(await db.outcomes.count()).toBe(SAMPLE_OUTCOMES.length);
    expect(await db.outcomes.get(['reddit', 't3_1j2k3l4'])).toEqual(SAMPLE_OUTCOMES[0]);
    expect(await db.practice.toArray()).toEqual(SAMPLE_PRACTICE);
    expect(await db.meta.get('retentionDays')).toEqual({ key: 'retentionDays', value: 30 });

    const tallies = await db.tallies.toArray();
    const expected = tallyPosts(SAMPLE_POSTS);
    expect(tallies).toHaveLength(expected.length);
    expect(tallies).toEqual(expect.arrayContaining(expected));
    const acmeTotal = tallies.filter((t) => t.label === 'Acme').reduce((s, t) => s + t.total, 0);
    expect(acmeTotal).toBe(4);
    db.close();
  });

  it('creates an empty current database from nothing', async () => {
    const name = `fresh-${Date.now()}`;
    names.push(name);
    const db = new HearkenDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['drafts', 'events', 'meta', 'outcomes', 'people', 'posts', 'practice', 'tallies'],
    );
    db.close();
  });
});
