import { describe, expect, it } from 'vitest';
import type { EventKind, JournalEvent, Person } from '../journal';
import { peopleEngagement } from './people';

const T = Date.UTC(2025, 2, 3, 9);
function person(key: string, posts: number, labels = ['Acme']): Person {
  return { key, site: 'x', name: key.slice(2), handle: key.slice(2), posts, labels, firstSeen: T, lastSeen: T };
}
let n = 0;
function ev(kind: EventKind, postId: string, at = T): JournalEvent {
  n += 1;
  return { id: `p${n}`, kind, at, day: 0, site: 'x', postId, labels: ['Acme'] };
}

describe('peopleEngagement', () => {
  const people = [
    person('x:megabrand_fan', 90),
    ...Array.from({ length: 60 }, (_, i) => person(`x:voice${i}`, 3 + (i % 5))),
    ...Array.from({ length: 139 }, (_, i) => person(`x:once${i}`, 1 + (i % 2), ['Globex'])),
  ];
  const authorOf = new Map([
    ['x\u0000t1', 'x:voice0'],
    ['x\u0000t2', 'x:voice0'],
    ['x\u0000t3', 'x:voice1'],
    ['x\u0000t4', 'x:megabrand_fan'],
  ]);

  it('bands people into the loudest few, the magic middle and occasional voices', () => {
    const events = [ev('listened', 't1'), ev('inserted', 't2', T + 500), ev('listened', 't3'), ev('inserted', 't4')];
    const summary = peopleEngagement(people, events, authorOf);
    expect(summary.counts).toEqual({ top: 2, middle: 59, occasional: 139 });
    expect(summary.people[0]).toMatchObject({ key: 'x:megabrand_fan', band: 'top', replied: 1 });
    const voice0 = summary.people.find((p) => p.key === 'x:voice0');
    expect(voice0).toMatchObject({ band: 'middle', listened: 1, replied: 1, lastContact: T + 500 });
    expect(summary.middleNotYetAnswered).toBe(1); // voice1: listened, never answered
    expect(summary.sentence).toMatch(/^59 people talk about your topics again and again/);
  });

  it('filters by watch item and leaves practice out', () => {
    const practice = { ...ev('inserted', 't3'), data: { practice: true } };
    const summary = peopleEngagement(people, [practice], authorOf, { labels: ['Globex'] });
    expect(summary.counts).toEqual({ top: 0, middle: 0, occasional: 139 });
    const all = peopleEngagement(people, [practice], authorOf);
    expect(all.people.find((p) => p.key === 'x:voice1')?.replied).toBe(0);
  });

  it('explains the empty state', () => {
    expect(peopleEngagement([], [], new Map()).sentence).toMatch(/No one yet/);
  });
});
