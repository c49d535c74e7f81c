import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEventInput, SeenPostInput } from '../core/journal';
import { HearkenDB } from './database';
import { loadDashboard, peopleQuery } from './dashboard';
import type { Dashboard } from './dashboard';
import { appendEvents, recordSeenPosts } from './journal';
import { SAMPLE_EVENTS, SAMPLE_POSTS, SAMPLE_PRACTICE } from './sample-journal';

const opened: HearkenDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function sampleDb(): Promise<HearkenDB> {
  const db = new HearkenDB(`dashboard-${Date.now()}-${opened.length}`);
  opened.push(db);
  for (const { authorKey: _k, firstSeen, lastSeen, seenCount: _c, ...rest } of SAMPLE_POSTS) {
    await recordSeenPosts(db, [{ ...rest, at: firstSeen }]);
    if (lastSeen !== firstSeen) await recordSeenPosts(db, [{ ...rest, at: lastSeen }]);
  }
  await appendEvents(db, SAMPLE_EVENTS.map(({ day: _d, ...input }) => input));
  await appendEvents(db, SAMPLE_PRACTICE.map(({ day: _d, ...input }) => input), { practice: true });
  return db;
}

const MIN = 60_000;

describe('loadDashboard', () => {
  it('answers every chart from the journal, practice left out', async () => {
    const db = await sampleDb();
    const dashboard = await loadDashboard(db);
    expect(dashboard.listenSpeak).toMatchObject({ listened: 4, spoke: 2, ratio: 2 });
    expect(dashboard.giveAsk).toMatchObject({ give: 2, ask: 0 });
    expect(dashboard.replyTime).toMatchObject({ replies: 2, medianMs: 8.5 * MIN });
    expect(dashboard.replyTime.bySite).toEqual({ x: { replies: 1, medianMs: 9 * MIN }, discourse: { replies: 1, medianMs: 8 * MIN } });
    const complaint = dashboard.outcomes.rows.find((row) => row.intent === 'complaint');
    expect(complaint).toMatchObject({ posts: 2, results: { 'handed-off': 1, pending: 1 } });
    expect(dashboard.outcomes.rows.find((row) => row.intent === 'praise')?.results['no-reply-needed']).toBe(1);
    expect(dashboard.draftChecks.rules.map((rule) => [rule.rule, rule.fired])).toEqual([['disclosure', 1]]);
    expect(dashboard.mentions.series.map((s) => [s.label, s.total])).toEqual([
      ['Acme', 4],
      ['Отчёты', 1],
    ]);
    expect(dashboard.people.counts).toEqual({ top: 0, middle: 0, occasional: 4 });
    expect(dashboard.people.people.find((p) => p.key === 'x:mirja_k')).toMatchObject({ listened: 1, replied: 1 });
  });

  it('narrows every chart by site', async () => {
    const db = await sampleDb();
    const dashboard = await loadDashboard(db, { sites: ['discourse'] });
    expect(dashboard.listenSpeak).toMatchObject({ listened: 1, spoke: 1 });
    expect(dashboard.replyTime.bySite).toEqual({ discourse: { replies: 1, medianMs: 8 * MIN } });
    expect(dashboard.mentions.series.map((s) => s.label).sort()).toEqual(['Acme', 'Отчёты']);
    expect(dashboard.people.people.map((p) => p.key)).toEqual(['discourse:a.yolkin']);
  });
});

describe('people under filters', () => {
  const MAR3 = Date.UTC(2025, 2, 3, 9);
  const MAR12 = Date.UTC(2025, 2, 12, 14);
  const olga = { name: 'Ольга Смирнова', handle: 'olga_sm' };
  const erik = { name: 'Erik Lindqvist', handle: 'eriklq' };
  const posts: SeenPostInput[] = [
    { site: 'x', id: 'o1', author: olga, text: 'Acme опять съела все заметки после обновления. Кто-нибудь знает, как их вернуть?', labels: ['Acme'], at: MAR3 },
    { site: 'x', id: 'o2', author: olga, text: 'Поддержка Acme молчит уже третий день, это вообще нормально?', labels: ['Acme'], at: MAR3 + 3_600_000 },
    { site: 'x', id: 'o3', author: olga, text: 'Ладно, Acme всё-таки ответили: обещают исправить синхронизацию к пятнице.', labels: ['Acme'], at: MAR3 + 7_200_000 },
    { site: 'reddit', id: 'e1', author: erik, text: 'Någon som har bytt från Globex till något annat? Priset har nästan dubblats.', labels: ['Globex'], at: MAR3 },
    { site: 'reddit', id: 'e2', author: erik, text: 'Testade Acme i en vecka, synken mellan mobilen och datorn funkar faktiskt bra.', labels: ['Acme'], at: MAR12 },
    { site: 'reddit', id: 'e3', author: erik, text: 'Fråga till er som kör Acme i teamet: hur hanterar ni delade anteckningar?', labels: ['Acme'], at: MAR12 + 600_000 },
    { site: 'x', id: 'o4', author: olga, text: 'Посмотрела Globex как замену: интерфейс приятный, но экспорта в Markdown нет.', labels: ['Globex'], at: MAR12 },
  ];
  const events: JournalEventInput[] = [
    { id: 'l-o1', kind: 'listened', at: MAR3 + 600_000, site: 'x', postId: 'o1', labels: ['Acme'] },
    { id: 'r-e3', kind: 'inserted', at: MAR12 + 1_200_000, site: 'reddit', postId: 'e3', labels: ['Acme'] },
    { id: 'r-o2', kind: 'inserted', at: MAR12 + 1_800_000, site: 'x', postId: 'o2', labels: ['Acme'] },
  ];

  async function peopleDb(): Promise<HearkenDB> {
    const db = new HearkenDB(`dashboard-people-${Date.now()}-${opened.length}`);
    opened.push(db);
    expect(await recordSeenPosts(db, posts)).toMatchObject({ ok: true });
    expect(await appendEvents(db, events)).toMatchObject({ ok: true });
    return db;
  }

  const row = (summary: Dashboard['people'], handle: string) => {
    const person = summary.people.find((p) => p.handle === handle);
    return person && { posts: person.posts, listened: person.listened, replied: person.replied };
  };

  it('counts posts and contact made within the date range only', async () => {
    const db = await peopleDb();
    const all = await peopleQuery(db, {});
    expect(row(all, 'olga_sm')).toEqual({ posts: 4, listened: 1, replied: 1 });
    const later = await peopleQuery(db, { from: Date.UTC(2025, 2, 10) });
    expect(row(later, 'eriklq')).toEqual({ posts: 2, listened: 0, replied: 1 });
    // The reply in the range was to a post seen before it: still contact with Olga.
    expect(row(later, 'olga_sm')).toEqual({ posts: 1, listened: 0, replied: 1 });
    expect(later.people[0]?.handle).toBe('eriklq');
    const earlier = await peopleQuery(db, { to: Date.UTC(2025, 2, 10) });
    expect(row(earlier, 'olga_sm')).toEqual({ posts: 3, listened: 1, replied: 0 });
    expect(row(earlier, 'eriklq')).toEqual({ posts: 1, listened: 0, replied: 0 });
  });

  it('counts only posts about the chosen watch item, on the chosen site', async () => {
    const db = await peopleDb();
    const acme = await peopleQuery(db, { labels: ['Acme'] });
    expect(row(acme, 'olga_sm')).toEqual({ posts: 3, listened: 1, replied: 1 });
    expect(row(acme, 'eriklq')).toEqual({ posts: 2, listened: 0, replied: 1 });
    const globexOnX = await peopleQuery(db, { labels: ['Globex'], sites: ['x'] });
    expect(globexOnX.people.map((p) => [p.handle, p.posts])).toEqual([['olga_sm', 1]]);
    const redditLater = await peopleQuery(db, { sites: ['reddit'], from: Date.UTC(2025, 2, 10) });
    expect(redditLater.people.map((p) => p.handle)).toEqual(['eriklq']);
  });
});

describe('loadDashboard inside liveQuery', () => {
  it('reads one consistent snapshot and follows later writes', async () => {
    const db = await sampleDb();
    const seen: number[] = [];
    const errors: unknown[] = [];
    const subscription = liveQuery(() => loadDashboard(db, { sites: ['x', 'discourse'] })).subscribe({
      next: (board) => seen.push(board.listenSpeak.spoke),
      error: (error: unknown) => errors.push(error),
    });
    try {
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      const before = seen.at(-1) as number;
      const reply = SAMPLE_EVENTS.find((event) => event.kind === 'inserted' && event.site === 'x');
      if (!reply) throw new Error('the sample journal has a reply on X');
      const { day: _d, ...input } = reply;
      expect(await appendEvents(db, [{ ...input, id: 'second-reply', postId: 'another-post', at: reply.at + 60_000 }])).toMatchObject({ ok: true });
      await expect.poll(() => seen.at(-1)).toBe(before + 1);
      expect(errors).toEqual([]);
    } finally {
      subscription.unsubscribe();
    }
  });
});
