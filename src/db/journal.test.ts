import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEventInput, SeenPostInput } from '../core/journal';
import { tallyPosts } from '../core/metrics/mentions';
import { HearkenDB } from './database';
import { appendEvents, countEvents, listEvents, recordSeenPosts } from './journal';

const opened: HearkenDB[] = [];
let counter = 0;
function freshDb(): HearkenDB {
  counter += 1;
  const db = new HearkenDB(`journal-test-${Date.now()}-${counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

function event(id: string, kind: JournalEventInput['kind'], minutes: number, extra: Partial<JournalEventInput> = {}): JournalEventInput {
  return { id, kind, at: T0 + minutes * 60_000, site: 'reddit', postId: 't3_1b4x9q', labels: ['Acme'], ...extra };
}

const batteryPost: SeenPostInput = {
  site: 'x',
  id: '1764029384756102938',
  permalink: 'https://x.com/mirja_k/status/1764029384756102938',
  author: { name: 'Mirja Korhonen', handle: 'mirja_k' },
  text: 'Kolmas päivä putkeen kun Acmen sovellus syö akun tyhjäksi. Onko muilla sama?',
  labels: ['Acme'],
  intent: 'complaint',
  sentiment: 'negative',
  lang: 'fi',
  at: T0,
};

describe('appendEvents', () => {
  it('stores a batch once however often it is sent', async () => {
    const db = freshDb();
    const batch = [event('e1', 'seen', 0), event('e2', 'listened', 2), event('e3', 'inserted', 9)];
    const first = await appendEvents(db, batch);
    expect(first).toEqual({ ok: true, added: 3, updated: 0, duplicates: 0 });
    const again = await appendEvents(db, batch);
    expect(again).toEqual({ ok: true, added: 0, updated: 0, duplicates: 3 });
    expect(await countEvents(db)).toBe(3);
  });

  it('drops repeats inside one batch and keeps the first', async () => {
    const db = freshDb();
    const result = await appendEvents(db, [event('e1', 'seen', 0), event('e1', 'listened', 1)]);
    expect(result).toMatchObject({ ok: true, added: 1, duplicates: 1 });
    const [stored] = await listEvents(db);
    expect(stored?.kind).toBe('seen');
  });

  it('refuses a malformed batch whole and says which field is wrong', async () => {
    const db = freshDb();
    const bad = [event('ok', 'seen', 0), { ...event('bad', 'seen', 1), kind: 'shouted' }] as JournalEventInput[];
    const result = await appendEvents(db, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.details?.join('\n')).toMatch(/events\.1\.kind/);
    }
    expect(await countEvents(db)).toBe(0);
  });

  it('loses nothing when several callers write at once', async () => {
    const db = freshDb();
    const callers = Array.from({ length: 6 }, (_, caller) =>
      Array.from({ length: 50 }, (_, i) => event(`tab${caller % 3}-${i}`, 'seen', i)),
    );
    const results = await Promise.all(callers.map((batch) => appendEvents(db, batch)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await countEvents(db)).toBe(150);
  });

  it('keeps the latest outcome per post', async () => {
    const db = freshDb();
    await appendEvents(db, [
      event('o2', 'outcome', 60, { data: { result: 'resolved' } }),
      event('o1', 'outcome', 30, { data: { result: 'thanked' } }),
    ]);
    const outcome = await db.outcomes.get(['reddit', 't3_1b4x9q']);
    expect(outcome?.result).toBe('resolved');
  });

  it('writes practice attempts apart from real activity', async () => {
    const db = freshDb();
    await appendEvents(db, [event('p1', 'inserted', 0)], { practice: true });
    expect(await countEvents(db)).toBe(0);
    expect(await db.practice.count()).toBe(1);
    // A practice attempt flagged but sent to the real journal is kept and never counted.
    await appendEvents(db, [event('p2', 'outcome', 1, { data: { practice: true, result: 'resolved' } }), event('p3', 'inserted', 2, { data: { practice: true } })]);
    expect(await countEvents(db)).toBe(2);
    expect(await db.activity.count()).toBe(0);
    expect(await db.outcomes.count()).toBe(0);
  });
});

describe('listEvents', () => {
  it('filters by time and kind, newest first, with a limit', async () => {
    const db = freshDb();
    await appendEvents(db, [
      event('a', 'seen', 0),
      event('b', 'listened', 5),
      event('c', 'inserted', 10),
      event('d', 'listened', 15),
      event('e', 'seen', 20),
    ]);
    expect((await listEvents(db)).map((e) => e.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect((await listEvents(db, { since: T0 + 5 * 60_000, order: 'oldest' })).map((e) => e.id)).toEqual(['b', 'c', 'd', 'e']);
    expect((await listEvents(db, { kinds: ['listened', 'inserted'] })).map((e) => e.id)).toEqual(['d', 'c', 'b']);
    expect((await listEvents(db, { kinds: ['listened', 'inserted'], limit: 2 })).map((e) => e.id)).toEqual(['d', 'c']);
  });
});

describe('recordSeenPosts', () => {
  it('adds a post once, then updates lastSeen and merges labels', async () => {
    const db = freshDb();
    expect(await recordSeenPosts(db, [batteryPost])).toMatchObject({ ok: true, added: 1 });
    const later = { ...batteryPost, labels: ['Akku'], at: T0 + 3_600_000 };
    expect(await recordSeenPosts(db, [later])).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect(await recordSeenPosts(db, [later])).toMatchObject({ ok: true, duplicates: 1 });
    const stored = await db.posts.get(['x', batteryPost.id]);
    expect(stored).toMatchObject({ firstSeen: T0, lastSeen: T0 + 3_600_000, labels: ['Acme', 'Akku'], seenCount: 2, intent: 'complaint' });
    const person = await db.people.get('x:mirja_k');
    expect(person).toMatchObject({ name: 'Mirja Korhonen', posts: 1, labels: ['Acme', 'Akku'] });
  });

  it('counts each distinct post of an author once', async () => {
    const db = freshDb();
    const second = { ...batteryPost, id: '1764031111111111111', text: 'Päivitys ei auttanut, akku edelleen lopussa puolilta päivin.', at: T0 + 7_200_000 };
    await recordSeenPosts(db, [batteryPost, second]);
    await recordSeenPosts(db, [batteryPost, second]);
    expect((await db.people.get('x:mirja_k'))?.posts).toBe(2);
  });
});

describe('mention tallies', () => {
  it('stay equal to a recount of the posts as sightings change sentiment and labels', async () => {
    const db = freshDb();
    const ru: SeenPostInput = {
      site: 'vbulletin',
      id: 'forum-ru-88123',
      author: { name: 'Ольга Семёнова' },
      text: 'Второй раз за месяц Acme списывает деньги дважды. Верните деньги, или пишу жалобу.',
      labels: ['Acme'],
      intent: 'complaint',
      sentiment: 'negative',
      lang: 'ru',
      at: T0 + 1000,
    };
    const sv: SeenPostInput = {
      site: 'phpbb',
      id: 'fl-77',
      author: { name: 'Johan Ek' },
      text: 'Någon som vet om Acme har en svensk support? Hittar bara ett formulär på engelska.',
      labels: ['Acme'],
      intent: 'question',
      sentiment: 'neutral',
      lang: 'sv',
      at: T0 + 86_400_000,
    };
    await recordSeenPosts(db, [batteryPost, ru]);
    await recordSeenPosts(db, [{ ...batteryPost, sentiment: 'neutral', labels: ['Akku'], at: T0 + 3 * 86_400_000 }, sv]);
    await recordSeenPosts(db, [{ ...ru, intent: 'crisis', at: T0 + 5000 }]);
    const expected = tallyPosts(await db.posts.toArray());
    const stored = await db.tallies.toArray();
    expect(stored).toHaveLength(expected.length);
    expect(stored).toEqual(expect.arrayContaining(expected));
    const acmeDay0 = stored.find((t) => t.label === 'Acme' && t.site === 'x');
    expect(acmeDay0?.sentiment).toMatchObject({ negative: 0, neutral: 1 });
  });
});

describe('storage full', () => {
  function failWithQuota(): () => void {
    const proto = globalThis.IDBObjectStore.prototype;
    const original = { add: proto.add, put: proto.put };
    const fail = function (this: IDBObjectStore): never {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    proto.add = fail;
    proto.put = fail;
    return () => {
      proto.add = original.add;
      proto.put = original.put;
    };
  }

  it('returns a quota error that says what to do, and leaves stored data whole', async () => {
    const db = freshDb();
    await appendEvents(db, [event('keep-1', 'listened', 0), event('keep-2', 'inserted', 5)]);
    await recordSeenPosts(db, [batteryPost]);
    const restore = failWithQuota();
    let events, posts;
    try {
      events = await appendEvents(db, [event('new-1', 'seen', 10), event('new-2', 'seen', 11)]);
      posts = await recordSeenPosts(db, [{ ...batteryPost, text: 'muokattu', at: T0 + 99_000 }]);
    } finally {
      restore();
    }
    for (const result of [events, posts]) {
      expect(result?.ok).toBe(false);
      if (result && !result.ok) {
        expect(result.error.code).toBe('quota');
        expect(result.error.message).toMatch(/Export your journal/);
        expect(result.error.message).toMatch(/Nothing already saved was lost/);
      }
    }
    expect((await listEvents(db, { order: 'oldest' })).map((e) => e.id)).toEqual(['keep-1', 'keep-2']);
    expect((await db.posts.get(['x', batteryPost.id]))?.text).toBe(batteryPost.text);
    expect(await appendEvents(db, [event('new-1', 'seen', 10)])).toMatchObject({ ok: true, added: 1 });
  });
});

describe('interrupted and concurrent writes', () => {
  it('a batch cut off part-way stores nothing, and the sender’s retry stores it all once', async () => {
    const db = freshDb();
    const batch = Array.from({ length: 20 }, (_, i) => event(`sw-${i}`, i % 4 === 0 ? 'listened' : 'seen', i, { postId: `t3_${i % 5}` }));
    const proto = globalThis.IDBObjectStore.prototype;
    const add = proto.add;
    let calls = 0;
    proto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      calls += 1;
      // The worker is stopped after the twelfth row has been handed to IndexedDB.
      if (calls > 12) throw new DOMException('The transaction was aborted.', 'AbortError');
      return add.apply(this, args);
    };
    let cut;
    try {
      cut = await appendEvents(db, batch);
    } finally {
      proto.add = add;
    }
    expect(cut?.ok).toBe(false);
    expect(await countEvents(db)).toBe(0);
    expect(await db.activity.count()).toBe(0);
    expect(await appendEvents(db, batch)).toMatchObject({ ok: true, added: 20 });
    expect(await appendEvents(db, batch)).toMatchObject({ ok: true, added: 0, duplicates: 20 });
    const all = (await db.activity.toArray()).filter((row) => row.label === '');
    expect(all.reduce((sum, row) => sum + row.listened, 0)).toBe(5);
  });

  it('several tabs recording the same posts at once count each post and person once', async () => {
    const db = freshDb();
    const posts: SeenPostInput[] = Array.from({ length: 30 }, (_, i) => ({
      ...batteryPost,
      id: `17640${i}`,
      author: { name: i % 3 === 0 ? 'Mirja Korhonen' : `Käyttäjä ${i}`, handle: i % 3 === 0 ? 'mirja_k' : `kayttaja${i}` },
      at: T0 + i * 1000,
    }));
    const tabs = [posts.slice(0, 20), posts.slice(10, 30), posts, posts.slice(5, 25)];
    const results = await Promise.all(tabs.map((tab) => recordSeenPosts(db, tab)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.posts.count()).toBe(30);
    expect((await db.people.get('x:mirja_k'))?.posts).toBe(10);
    const tallies = await db.tallies.toArray();
    expect(tallies.reduce((sum, t) => sum + t.total, 0)).toBe(30);
  });
});
