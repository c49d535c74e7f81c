import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEventInput, SeenPostInput } from '../core/journal';
import { HearkenDB } from './database';
import { appendEvents, recordSeenPosts } from './journal';
import { applyRetention, applyRetentionIfDue, getRetentionDays, setRetentionDays } from './retention';

const opened: HearkenDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
function freshDb(): HearkenDB {
  const db = new HearkenDB(`retention-${Date.now()}-${opened.length}`);
  opened.push(db);
  return db;
}

const NOW = Date.UTC(2025, 5, 1, 12);
const DAY = 86_400_000;

function seenPost(id: string, daysAgo: number): SeenPostInput {
  return {
    site: 'reddit',
    id,
    author: { name: `u/${id}`, handle: id },
    text: `Acme support took ${daysAgo} days to answer my ticket about the invoice.`,
    labels: ['Acme'],
    intent: 'complaint',
    sentiment: 'negative',
    lang: 'en',
    at: NOW - daysAgo * DAY,
  };
}
function ev(id: string, kind: JournalEventInput['kind'], postId: string, daysAgo: number): JournalEventInput {
  return { id, kind, at: NOW - daysAgo * DAY, site: 'reddit', postId, labels: ['Acme'] };
}

describe('applyRetention', () => {
  it('drops old seen posts and seen events in chunks, keeping everything the person did', async () => {
    const db = freshDb();
    const old = Array.from({ length: 23 }, (_, i) => seenPost(`old${i}`, 40 + i));
    await recordSeenPosts(db, [...old, seenPost('fresh', 2), seenPost('replied', 50)]);
    await appendEvents(db, [
      ...old.map((p, i) => ev(`seen-${p.id}`, 'seen', p.id, 40 + i)),
      ev('seen-fresh', 'seen', 'fresh', 2),
      ev('seen-replied', 'seen', 'replied', 50),
      ev('listened-replied', 'listened', 'replied', 50),
      ev('inserted-replied', 'inserted', 'replied', 49),
      ev('listened-old0', 'listened', 'old0', 40),
    ]);
    const talliesBefore = await db.tallies.toArray();
    await setRetentionDays(db, 30);
    let pauses = 0;
    const result = await applyRetention(db, { now: NOW, chunkSize: 5, pause: async () => void (pauses += 1) });
    expect(result).toEqual({ ok: true, seenEventsDeleted: 24, postsDeleted: 22, postsKept: 2 });
    expect(pauses).toBeGreaterThanOrEqual(8);
    const left = (await db.events.toArray()).map((e) => e.id).sort();
    expect(left).toEqual(['inserted-replied', 'listened-old0', 'listened-replied', 'seen-fresh']);
    expect((await db.posts.toArray()).map((p) => p.id).sort()).toEqual(['fresh', 'old0', 'replied']);
    expect(await db.tallies.toArray()).toEqual(talliesBefore);
    expect(await db.people.count()).toBe(25);
  });

  it('uses the stored setting, 90 days by default', async () => {
    const db = freshDb();
    expect(await getRetentionDays(db)).toBe(90);
    await setRetentionDays(db, 14);
    expect(await getRetentionDays(db)).toBe(14);
    await expect(setRetentionDays(db, 0)).rejects.toThrow(/at least 1/);
  });
});

describe('applyRetentionIfDue', () => {
  it('runs at most once a day, and again once a day has passed', async () => {
    const db = freshDb();
    await recordSeenPosts(db, [seenPost('old', 100), seenPost('fresh', 1)]);
    await appendEvents(db, [ev('seen-old', 'seen', 'old', 100), ev('seen-fresh', 'seen', 'fresh', 1)]);
    const first = await applyRetentionIfDue(db, { now: NOW });
    expect(first).toEqual({ ok: true, seenEventsDeleted: 1, postsDeleted: 1, postsKept: 0 });
    await recordSeenPosts(db, [seenPost('old2', 100)]);
    expect(await applyRetentionIfDue(db, { now: NOW + DAY - 1 })).toBeNull();
    expect(await db.posts.get(['reddit', 'old2'])).toBeDefined();
    expect(await applyRetentionIfDue(db, { now: NOW + DAY })).toEqual({ ok: true, seenEventsDeleted: 0, postsDeleted: 1, postsKept: 0 });
    expect((await db.posts.toArray()).map((post) => post.id)).toEqual(['fresh']);
  });

  it('runs again when the clock went backwards (a stored time in the future is not trusted)', async () => {
    const db = freshDb();
    await applyRetentionIfDue(db, { now: NOW + 10 * DAY });
    await recordSeenPosts(db, [seenPost('old', 100)]);
    expect(await applyRetentionIfDue(db, { now: NOW })).toMatchObject({ ok: true, postsDeleted: 1 });
  });
});
