import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../journal';
import { draftChecks } from './draft-checks';

const MONDAY = Date.UTC(2025, 2, 3, 9);
const WEEK = 7 * 86_400_000;
let n = 0;
function checked(week: number, findings: unknown[]): JournalEvent {
  n += 1;
  return {
    id: `d${n}`,
    kind: 'draft-checked',
    at: MONDAY + week * WEEK + n * 1000,
    day: 0,
    site: 'x',
    postId: `p${n}`,
    labels: [],
    data: { findings },
  };
}

describe('draftChecks', () => {
  it('ranks rules by how often they fire and sees which ones fire less over the weeks', () => {
    const events = [
      // week 0: 4 checks; hard-sell fires on 3, disclosure on 1
      checked(0, ['hard-sell', 'hard-sell']),
      checked(0, [{ rule: 'hard-sell', severity: 'warn' }]),
      checked(0, ['hard-sell', 'disclosure']),
      checked(0, []),
      // week 1: 4 checks; hard-sell fires on 1, disclosure on 2
      checked(1, ['hard-sell']),
      checked(1, ['disclosure']),
      checked(1, ['disclosure']),
      checked(1, []),
    ];
    const summary = draftChecks(events);
    expect(summary.checks).toBe(8);
    expect(summary.rules.map((r) => [r.rule, r.fired, r.trend])).toEqual([
      ['hard-sell', 4, 'improving'],
      ['disclosure', 3, 'worsening'],
    ]);
    expect(summary.rules[0]?.weeks.map((w) => w.rate)).toEqual([0.75, 0.25]);
    expect(summary.sentence).toBe(
      '“hard-sell” fired most: on 50% of 8 checked drafts, and less often lately. Good looks like every rule firing less as the weeks go by.',
    );
  });

  it('explains clean and empty periods', () => {
    expect(draftChecks([]).sentence).toMatch(/No drafts checked yet/);
    expect(draftChecks([checked(0, [])]).sentence).toMatch(/no rule fired/);
  });
});
