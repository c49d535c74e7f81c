import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEventInput, SeenPostInput } from '../core/journal';
import { HearkenDB } from './database';
import { appendEvents, recordSeenPosts } from './journal';
import { SAMPLE_EVENTS, SAMPLE_POSTS } from './sample-journal';
import { authorsOf, contactsOf, rebuildVoices } from './voices';
import type { VoiceTally } from './voices';

const opened: HearkenDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function freshDb(): HearkenDB {
  const db = new HearkenDB(`voices-${Date.now()}-${opened.length}`);
  opened.push(db);
  return db;
}

const sorted = (rows: VoiceTally[]): VoiceTally[] =>
  [...rows].sort((a, b) => a.day - b.day || a.site.localeCompare(b.site) || a.label.localeCompare(b.label));

describe('voices', () => {
  it('kept in step by the writes, equal to building them again from posts and events', async () => {
    const db = freshDb();
    // Posts arrive sighting by sighting (labels grow, a later sighting is older than the first);
    // events arrive in small batches, replies after listens.
    for (const { authorKey: _k, firstSeen, lastSeen, seenCount: _c, labels, ...rest } of SAMPLE_POSTS) {
      expect(await recordSeenPosts(db, [{ ...rest, labels: labels.slice(0, 1), at: lastSeen }])).toMatchObject({ ok: true });
      expect(await recordSeenPosts(db, [{ ...rest, labels, at: firstSeen }])).toMatchObject({ ok: true });
    }
    const events = SAMPLE_EVENTS.map(({ day: _d, ...input }) => input).sort((a, b) => a.at - b.at);
    for (let i = 0; i < events.length; i += 3) expect(await appendEvents(db, events.slice(i, i + 3))).toMatchObject({ ok: true });
    const kept = sorted(await db.voices.toArray());
    expect(kept.length).toBeGreaterThan(0);
    await db.transaction('rw', db.tables, () => rebuildVoices((name) => db.table(name)));
    expect(sorted(await db.voices.toArray())).toEqual(kept);
  });

  it('moves a post to its author’s new day and label when a sighting changes them', async () => {
    const db = freshDb();
    const at = Date.UTC(2025, 4, 20, 0, 50);
    const post: SeenPostInput = {
      site: 'linkedin',
      id: 'urn:li:activity:7199',
      author: { name: 'Pekka Virtanen', handle: 'pekkavirtanen' },
      text: 'Vaihdoimme tiimin muistiinpanot Globexista Acmeen. Ensimmäinen viikko takana, hakutoiminto on selvästi parempi.',
      labels: ['Acme'],
      at,
    };
    await recordSeenPosts(db, [post]);
    await recordSeenPosts(db, [{ ...post, labels: ['Globex'], at: at - 2 * 3_600_000 }]);
    const listened: JournalEventInput = { id: 'l1', kind: 'listened', at: at + 60_000, site: 'linkedin', postId: post.id, labels: ['Acme', 'Globex'] };
    await appendEvents(db, [listened]);
    const rows = sorted(await db.voices.toArray());
    // The earlier sighting is on the day before: the post moves there, with both labels.
    const day = Math.floor((at - 2 * 3_600_000) / 86_400_000);
    expect(day).toBe(Math.floor(at / 86_400_000) - 1);
    const authors = rows.filter((row) => row.authors.length > 0).map((row) => [row.day, row.label, Object.fromEntries(authorsOf(row))]);
    expect(authors).toEqual([
      [day, '', { 'linkedin:pekkavirtanen': 1 }],
      [day, 'Acme', { 'linkedin:pekkavirtanen': 1 }],
      [day, 'Globex', { 'linkedin:pekkavirtanen': 1 }],
    ]);
    const contacts = rows.filter((row) => row.contacted.length > 0).map((row) => [row.label, Object.fromEntries(contactsOf(row))]);
    expect(contacts).toEqual([
      ['', { 'linkedin:pekkavirtanen': [1, 0, at + 60_000] }],
      ['Acme', { 'linkedin:pekkavirtanen': [1, 0, at + 60_000] }],
      ['Globex', { 'linkedin:pekkavirtanen': [1, 0, at + 60_000] }],
    ]);
  });
});
