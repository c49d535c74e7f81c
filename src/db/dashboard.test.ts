import { afterEach, describe, expect, it } from 'vitest';
import { HearkenDB } from './database';
import { loadDashboard } from './dashboard';
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
