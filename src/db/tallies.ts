// Keeps the daily mention tallies in step with the posts table, inside the caller's transaction.
import type { SeenPost } from '../core/journal';
import { addTallies, applyPost } from '../core/metrics/mentions';
import type { MentionTally } from '../core/metrics/mentions';
import type { HearkenDB } from './database';

export interface PostChange {
  before?: SeenPost;
  after: SeenPost;
}

function sameContribution(a: SeenPost, b: SeenPost): boolean {
  return (
    Math.floor(a.firstSeen / 86_400_000) === Math.floor(b.firstSeen / 86_400_000) &&
    a.site === b.site &&
    a.sentiment === b.sentiment &&
    a.intent === b.intent &&
    a.labels.length === b.labels.length &&
    a.labels.every((label) => b.labels.includes(label))
  );
}

/** Removes each post's old contribution and adds its new one. Call inside a transaction on `tallies`. */
export async function updateTallies(db: HearkenDB, changes: readonly PostChange[]): Promise<void> {
  const deltas = new Map<string, MentionTally>();
  for (const { before, after } of changes) {
    if (before && sameContribution(before, after)) continue;
    if (before) applyPost(deltas, before, -1);
    applyPost(deltas, after, 1);
  }
  const changed = [...deltas.values()].filter(
    (delta) => delta.total !== 0 || Object.values(delta.sentiment).some((n) => n !== 0) || Object.values(delta.intent).some((n) => n !== 0),
  );
  if (changed.length === 0) return;
  const keys = changed.map((delta) => [delta.day, delta.site, delta.label] as [number, string, string]);
  const stored = await db.tallies.bulkGet(keys);
  const sums = changed.map((delta, index) => addTallies(stored[index], delta));
  const empty = sums.filter((sum) => sum.total <= 0);
  const kept = sums.filter((sum) => sum.total > 0);
  if (kept.length > 0) await db.tallies.bulkPut(kept);
  if (empty.length > 0) await db.tallies.bulkDelete(empty.map((sum) => [sum.day, sum.site, sum.label] as [number, string, string]));
}
