import { describe, expect, it } from 'vitest';
import type { EventKind, JournalEvent, Outcome } from '../journal';
import { intentOutcomes, intentOutcomesFromStored } from './outcomes';
import type { PostFacts } from './reply-time';

const T = Date.UTC(2025, 2, 3, 9);
let n = 0;
function ev(kind: EventKind, postId: string): JournalEvent {
  n += 1;
  return { id: `o${n}`, kind, at: T + n, day: 0, site: 'reddit', postId, labels: ['Acme'] };
}
function outcome(postId: string, result: Outcome['result'], at = T): Outcome {
  return { site: 'reddit', postId, result, at, eventId: `out-${postId}-${at}` };
}

describe('intentOutcomes', () => {
  const posts = new Map<string, PostFacts>([
    ['reddit\u0000c1', { firstSeen: T, intent: 'complaint', labels: ['Acme'] }],
    ['reddit\u0000c2', { firstSeen: T, intent: 'complaint', labels: ['Acme'] }],
    ['reddit\u0000c3', { firstSeen: T, intent: 'complaint', labels: ['Globex'] }],
    ['reddit\u0000q1', { firstSeen: T, intent: 'question', labels: ['Acme'] }],
    ['reddit\u0000q2', { firstSeen: T, intent: 'question', labels: ['Acme'] }],
  ]);

  it('tallies the latest outcome per post by intent, and replies still waiting', () => {
    const outcomes = [
      outcome('c1', 'ignored', T),
      outcome('c1', 'resolved', T + 1000),
      outcome('c2', 'handed-off'),
      outcome('c3', 'ignored'),
      outcome('q1', 'answered'),
      outcome('x9', 'no-reply-needed'),
    ];
    const events = [ev('inserted', 'c1'), ev('inserted', 'q1'), ev('inserted', 'q2')];
    const matrix = intentOutcomes(outcomes, events, posts);
    const complaint = matrix.rows.find((row) => row.intent === 'complaint');
    const question = matrix.rows.find((row) => row.intent === 'question');
    const unknown = matrix.rows.find((row) => row.intent === 'unknown');
    expect(complaint).toMatchObject({ posts: 3, results: { resolved: 1, 'handed-off': 1, ignored: 1, pending: 0 } });
    expect(question).toMatchObject({ posts: 2, results: { answered: 1, pending: 1 } });
    expect(unknown).toMatchObject({ posts: 1, results: { 'no-reply-needed': 1 } });
    expect(matrix.rows.map((row) => row.intent)).toEqual(['question', 'complaint', 'unknown']);
    expect(matrix.sentence).toMatch(/^2 of 3 complaints .*; 1 of 2 questions ended answered\./);
    expect(matrix.sentence).toMatch(/1 replies have no outcome yet/);
  });

  it('narrows to a watch item through the post’s labels', () => {
    const matrix = intentOutcomes([outcome('c1', 'resolved'), outcome('c3', 'ignored')], [], posts, { labels: ['Globex'] });
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.rows[0]).toMatchObject({ intent: 'complaint', posts: 1, results: { ignored: 1 } });
  });

  it('explains the empty state', () => {
    expect(intentOutcomes([], [], posts).sentence).toMatch(/No outcomes yet/);
  });
});

describe('intentOutcomesFromStored', () => {
  it('reads intent and labels off the outcome rows and counts replies still waiting', () => {
    const rows: Outcome[] = [
      { ...outcome('c1', 'resolved'), intent: 'complaint', labels: ['Acme'], replied: true },
      { ...outcome('c2', 'ignored'), intent: 'complaint', labels: ['Acme'], replied: false },
      { ...outcome('q1', 'answered'), intent: 'question', labels: ['Globex'], replied: true },
    ];
    const replies = new Map<'complaint' | 'question', number>([
      ['complaint', 3],
      ['question', 1],
    ]);
    const matrix = intentOutcomesFromStored(rows, replies);
    expect(matrix.rows.find((r) => r.intent === 'complaint')).toMatchObject({ posts: 4, results: { resolved: 1, ignored: 1, pending: 2 } });
    expect(matrix.rows.find((r) => r.intent === 'question')).toMatchObject({ posts: 1, results: { answered: 1, pending: 0 } });
    const globex = intentOutcomesFromStored(rows, new Map(), { labels: ['Globex'] });
    expect(globex.rows.map((r) => r.intent)).toEqual(['question']);
  });
});
