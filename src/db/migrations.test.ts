import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { foldEvents } from '../core/metrics/activity';
import { tallyPosts } from '../core/metrics/mentions';
import type { SeenPost } from '../core/journal';
import { HearkenDB } from './database';
import {
  SAMPLE_DRAFTS,
  SAMPLE_EVENTS,
  SAMPLE_OUTCOMES,
  SAMPLE_PEOPLE,
  SAMPLE_POSTS,
  SAMPLE_PRACTICE,
} from './sample-journal';
import { authorsOf, contactsOf } from './voices';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const MIN = 60_000;
const T = Date.UTC(2025, 2, 4, 7, 30);
/** What release 3 keeps on people: first listens and replies to their posts. */
const ENGAGEMENT: Record<string, object> = {
  'x:mirja_k': { listened: 1, replied: 1, lastContact: T + 9 * MIN },
  'reddit:bakery_owner_mn': { listened: 1, replied: 0, lastContact: T + 8 * MIN },
  'discourse:a.yolkin': { listened: 1, replied: 1, lastContact: T + 20 * MIN },
  'phpbb:åsa lindström': { listened: 1, replied: 0, lastContact: T + 16 * MIN },
};

function foldedSample() {
  const facts = new Map(SAMPLE_POSTS.map((p: SeenPost) => [`${p.site}\u0000${p.id}`, { firstSeen: p.firstSeen, intent: p.intent }]));
  const ordered = [...SAMPLE_EVENTS].sort((a, b) => a.at - b.at);
  return foldEvents(ordered, new Map(), facts);
}

/** Writes the sample journal exactly as release 1, 2 or 3 stored it. */
async function writeVersion(name: string, version: 1 | 2 | 3): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(version).stores(version === 1 ? SCHEMA_V1 : version === 2 ? SCHEMA_V2 : SCHEMA_V3);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    // Release 1 rows: some events written before `day` was stored on every row.
    const events = version === 1 ? SAMPLE_EVENTS.map(({ day, ...rest }, i) => (i % 2 === 0 ? rest : { ...rest, day })) : SAMPLE_EVENTS;
    await v1.table('events').bulkAdd(events);
    await v1.table('posts').bulkAdd(SAMPLE_POSTS);
    await v1.table('drafts').bulkAdd(SAMPLE_DRAFTS);
    await v1.table('people').bulkAdd(version === 3 ? SAMPLE_PEOPLE.map((p) => ({ ...p, ...ENGAGEMENT[p.key] })) : SAMPLE_PEOPLE);
    const posts = new Map(SAMPLE_POSTS.map((p) => [`${p.site}\u0000${p.id}`, p]));
    const replied = new Set([...foldedSample().firsts].filter(([, first]) => first.replied).map(([key]) => key));
    await v1.table('outcomes').bulkAdd(
      version === 3
        ? SAMPLE_OUTCOMES.map((o) => {
            const post = posts.get(`${o.site}\u0000${o.postId}`);
            return { ...o, labels: post?.labels ?? [], replied: replied.has(`${o.site}\u0000${o.postId}`), ...(post?.intent ? { intent: post.intent } : {}) };
          })
        : SAMPLE_OUTCOMES,
    );
    await v1.table('practice').bulkAdd(SAMPLE_PRACTICE);
    await v1.table('meta').bulkAdd([{ key: 'retentionDays', value: 30 }]);
    if (version >= 2) await v1.table('tallies').bulkAdd(tallyPosts(SAMPLE_POSTS));
    if (version === 3) await v1.table('activity').bulkAdd([...foldedSample().tallies.values()]);
  });
  v1.close();
}

describe('schema migrations', () => {
  it.each([1, 2, 3] as const)('opens a version %i journal and keeps every row, adding what later versions derive', async (version) => {
    const name = `migrate-v${version}-${Date.now()}`;
    names.push(name);
    await writeVersion(name, version);

    const db = new HearkenDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.events.toArray())).toEqual(byId(SAMPLE_EVENTS));
    expect(await db.posts.count()).toBe(SAMPLE_POSTS.length);
    for (const post of SAMPLE_POSTS) expect(await db.posts.get([post.site, post.id])).toEqual(post);
    expect(byId(await db.drafts.toArray())).toEqual(byId(SAMPLE_DRAFTS));
    expect(await db.people.toArray()).toEqual(
      [...SAMPLE_PEOPLE].sort((a, b) => a.key.localeCompare(b.key)).map((p) => ({ ...p, ...ENGAGEMENT[p.key] })),
    );
    expect(await db.outcomes.count()).toBe(SAMPLE_OUTCOMES.length);
    expect(await db.outcomes.get(['reddit', 't3_1j2k3l4'])).toEqual({ ...SAMPLE_OUTCOMES[0], intent: 'complaint', labels: ['Acme'], replied: false });
    expect(await db.practice.toArray()).toEqual(SAMPLE_PRACTICE);
    expect(await db.meta.get('retentionDays')).toEqual({ key: 'retentionDays', value: 30 });

    const tallies = await db.tallies.toArray();
    const expected = tallyPosts(SAMPLE_POSTS);
    expect(tallies).toHaveLength(expected.length);
    expect(tallies).toEqual(expect.arrayContaining(expected));
    const acmeTotal = tallies.filter((t) => t.label === 'Acme').reduce((s, t) => s + t.total, 0);
    expect(acmeTotal).toBe(4);

    const activity = [...foldedSample().tallies.values()];
    expect(await db.activity.count()).toBe(activity.length);
    expect(await db.activity.toArray()).toEqual(expect.arrayContaining(activity));
    const all = await db.activity.where('label').equals('').toArray();
    expect(all.reduce((s, row) => s + row.listened, 0)).toBe(4);
    expect(all.flatMap((row) => row.replies).map((r) => r.ms).sort((a, b) => a - b)).toEqual([8 * MIN, 9 * MIN]);

    // Version 4: each author's posts and the person's first listens and replies, per day.
    const voices = await db.voices.where('label').equals('').toArray();
    const posts = new Map<string, number>();
    const contacts = new Map<string, object>();
    for (const row of voices) {
      for (const [author, n] of authorsOf(row)) posts.set(author, (posts.get(author) ?? 0) + n);
      for (const [author, [listened, replied, lastContact]] of contactsOf(row)) contacts.set(author, { listened, replied, lastContact });
    }
    expect(Object.fromEntries(posts)).toEqual(Object.fromEntries(SAMPLE_PEOPLE.map((p) => [p.key, p.posts])));
    expect(Object.fromEntries(contacts)).toEqual(ENGAGEMENT);
    db.close();
  });

  it('creates an empty current database from nothing', async () => {
    const name = `fresh-${Date.now()}`;
    names.push(name);
    const db = new HearkenDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['activity', 'drafts', 'events', 'meta', 'outcomes', 'people', 'posts', 'practice', 'tallies', 'voices'],
    );
    db.close();
  });
});
