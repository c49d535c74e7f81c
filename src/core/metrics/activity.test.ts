import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, dayOf } from '../journal';
import type { JournalEvent } from '../journal';
import type { SiteId } from '../model';
import { foldEvents, historyOf } from './activity';
import type { ActivityTally, PostHistory } from './activity';
import { draftChecks } from './draft-checks';
import { draftChecksFromActivity, giveAskFromActivity, listenSpeakFromActivity, replyTimeFromActivity } from './from-activity';
import { giveAsk } from './give-ask';
import { listenSpeak } from './listen-speak';
import { replyTime } from './reply-time';
import type { PostFacts } from './reply-time';

const T = Date.UTC(2025, 2, 3, 9);
const MIN = 60_000;

function ev(id: string, kind: JournalEvent['kind'], minutes: number, postId: string, extra: Partial<JournalEvent> = {}): JournalEvent {
  const at = T + minutes * MIN;
  return { id, kind, at, day: dayOf(at), site: 'reddit', postId, labels: ['Acme'], ...extra };
}

function fold(events: JournalEvent[], posts: Map<string, PostFacts> = new Map(), batches = 1): ActivityTally[] {
  const history = new Map<string, PostHistory>();
  const all = new Map<string, ActivityTally>();
  const size = Math.ceil(events.length / batches) || 1;
  for (let i = 0; i < events.length; i += size) {
    const { tallies } = foldEvents(events.slice(i, i + size), history, posts);
    for (const [key, tally] of tallies) {
      const stored = all.get(key);
      all.set(key, stored ? { ...tally, listened: stored.listened + tally.listened, replies: [...stored.replies, ...tally.replies], give: stored.give + tally.give, ask: stored.ask + tally.ask, checks: stored.checks + tally.checks, askCues: sum(stored.askCues, tally.askCues), rules: sum(stored.rules, tally.rules), kinds: sum(stored.kinds, tally.kinds) } : tally);
    }
  }
  return [...all.values()];
}
function sum<T extends Record<string, number | undefined>>(a: T, b: T): T {
  const out: Record<string, number> = { ...(a as Record<string, number>) };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + (n ?? 0);
  return out as T;
}

describe('activity tallies', () => {
  it('count first listens, first replies with their timing, distinct drafts and fired rules', () => {
    const posts = new Map<string, PostFacts>([['reddit\u0000p1', { firstSeen: T - 10 * MIN, intent: 'question' }]]);
    const events = [
      ev('a', 'seen', 0, 'p1'),
      ev('b', 'listened', 2, 'p1'),
      ev('c', 'listened', 3, 'p1'),
      ev('d', 'draft-checked', 4, 'p1', { data: { findings: ['link-first', { rule: 'hard-sell' }] } }),
      ev('e', 'copied', 5, 'p1', { data: { draftId: 'd1', asks: ['own-link'] } }),
      ev('f', 'inserted', 6, 'p1', { data: { draftId: 'd1', asks: ['own-link'] } }),
      ev('g', 'no-reply-needed', 7, 'p2', { labels: ['Acme', 'Globex'] }),
    ];
    const rows = fold(events, posts);
    const all = rows.find((row) => row.label === '');
    expect(all).toMatchObject({
      listened: 2,
      replies: [{ ms: 15 * MIN, intent: 'question' }],
      give: 0,
      ask: 1,
      askCues: { 'own-link': 1 },
      checks: 1,
      rules: { 'link-first': 1, 'hard-sell': 1 },
      kinds: { seen: 1, listened: 2, 'draft-checked': 1, copied: 1, inserted: 1, 'no-reply-needed': 1 },
    });
    expect(rows.find((row) => row.label === 'Globex')).toMatchObject({ listened: 1, replies: [] });
  });

  it('learn what the journal already holds, so a later batch does not count a post twice', () => {
    const earlier = [ev('a', 'listened', 0, 'p1'), ev('b', 'inserted', 5, 'p1')];
    const history = historyOf(earlier, new Map());
    const { tallies, firsts } = foldEvents([ev('c', 'listened', 60, 'p1'), ev('d', 'inserted', 65, 'p1')], history, new Map());
    const all = [...tallies.values()].find((row) => row.label === '');
    expect(all).toMatchObject({ listened: 0, replies: [], give: 1 });
    expect(firsts.size).toBe(0);
  });

  it('give the same dashboard as the events themselves, however the events are batched', () => {
    const sites: SiteId[] = ['x', 'reddit', 'hn'];
    const event = fc.record({
      kind: fc.constantFrom(...EVENT_KINDS),
      minutes: fc.integer({ min: 0, max: 60 * 24 * 40 }),
      post: fc.integer({ min: 0, max: 25 }),
      ask: fc.boolean(),
      draft: fc.integer({ min: 0, max: 3 }),
      rules: fc.subarray(['hard-sell', 'disclosure', 'broadcast']),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 120 }), fc.integer({ min: 1, max: 5 }), (specs, batches) => {
        const events = specs
          .map((s, i) =>
            ev(`e${i}`, s.kind, s.minutes, `p${s.post}`, {
              site: sites[s.post % 3] as SiteId,
              labels: s.post % 2 === 0 ? ['Acme'] : ['Acme', 'Globex'],
              data: { draftId: `d${s.post}-${s.draft}`, asks: s.ask ? ['cta'] : [], findings: s.rules },
            }),
          )
          .sort((a, b) => a.at - b.at);
        const posts = new Map<string, PostFacts>(
          Array.from({ length: 26 }, (_, i) => [`${sites[i % 3]}\u0000p${i}`, { firstSeen: T - i * MIN, intent: i % 2 ? 'question' : 'complaint' }]),
        );
        const rows = fold(events, posts, batches);
        for (const filter of [{}, { sites: ['x' as SiteId] }, { labels: ['Globex'] }, { from: Date.UTC(2025, 2, 8), to: Date.UTC(2025, 2, 23) }]) {
          expect(listenSpeakFromActivity(rows, filter)).toEqual(listenSpeak(events, filter));
          expect(giveAskFromActivity(rows, filter)).toEqual(giveAsk(events, filter));
          expect(draftChecksFromActivity(rows, filter)).toEqual(draftChecks(events, filter));
        }
        const fromEvents = replyTime(events, {}, posts);
        const fromRows = replyTimeFromActivity(rows, {});
        expect(fromRows).toEqual(fromEvents);
      }),
      { numRuns: 60 },
    );
  });
});
