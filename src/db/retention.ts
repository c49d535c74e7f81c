// Retention: keep N days of what was merely seen (post snapshots and `seen` events); never
// delete anything the person did. Runs in small transactions so pages stay responsive.
import { eventsOfPosts } from './by-post';
import type { HearkenDB } from './database';
import { toStorageError } from './errors';
import type { StorageError } from './errors';

export const DEFAULT_RETENTION_DAYS = 90;
const RETENTION_KEY = 'retentionDays';
const RETENTION_RAN_KEY = 'retentionRanAt';
const DAY_MS = 86_400_000;

export async function getRetentionDays(db: HearkenDB): Promise<number> {
  const row = await db.meta.get(RETENTION_KEY);
  return typeof row?.value === 'number' && row.value > 0 ? row.value : DEFAULT_RETENTION_DAYS;
}

export async function setRetentionDays(db: HearkenDB, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('retention must be a whole number of days, at least 1');
  await db.meta.put({ key: RETENTION_KEY, value: days });
}

export interface RetentionOptions {
  days?: number;
  now?: number;
  /** Rows per transaction. */
  chunkSize?: number;
  /** Lets the event loop run between chunks; defaults to a zero-delay timer. */
  pause?: () => Promise<void>;
}

export type RetentionResult =
  | { ok: true; seenEventsDeleted: number; postsDeleted: number; postsKept: number }
  | { ok: false; error: StorageError };

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Deletes `seen` events and post snapshots last seen before the cutoff. A post the person acted
 * on (any event other than `seen`, a draft or an outcome) is kept: it is the context of their work.
 * Mention tallies and people are aggregates and stay.
 */
export async function applyRetention(db: HearkenDB, options: RetentionOptions = {}): Promise<RetentionResult> {
  const days = options.days ?? (await getRetentionDays(db));
  const cutoff = (options.now ?? Date.now()) - days * DAY_MS;
  const chunk = options.chunkSize ?? 500;
  const pause = options.pause ?? nextTick;
  let seenEventsDeleted = 0;
  let postsDeleted = 0;
  let postsKept = 0;
  try {
    for (;;) {
      const deleted = await db.transaction('rw', db.events, async () => {
        const keys = await db.events
          .where('[kind+at]')
          .between(['seen', -Infinity], ['seen', cutoff], true, false)
          .limit(chunk)
          .primaryKeys();
        await db.events.bulkDelete(keys);
        return keys.length;
      });
      seenEventsDeleted += deleted;
      if (deleted < chunk) break;
      await pause();
    }
    for (;;) {
      const { deleted, kept, scanned } = await db.transaction(
        'rw',
        [db.posts, db.events, db.drafts, db.outcomes],
        async () => {
          const candidates = await db.posts.where('lastSeen').below(cutoff).offset(postsKept).limit(chunk).toArray();
          const ids = [...new Set(candidates.map((post) => post.id))];
          const acted = new Set<string>();
          for (const event of await eventsOfPosts(db, ids)) {
            if (event.kind !== 'seen') acted.add(`${event.site}\u0000${event.postId}`);
          }
          const drafts = await Promise.all(
            candidates.map((p) => db.drafts.where('[site+postId]').equals([p.site, p.id]).toArray()),
          );
          for (const draft of drafts.flat()) {
            acted.add(`${draft.site}\u0000${draft.postId}`);
          }
          for (const outcome of await db.outcomes.bulkGet(candidates.map((p) => [p.site, p.id] as [string, string]))) {
            if (outcome) acted.add(`${outcome.site}\u0000${outcome.postId}`);
          }
          const doomed = candidates.filter((post) => !acted.has(`${post.site}\u0000${post.id}`));
          await db.posts.bulkDelete(doomed.map((post) => [post.site, post.id] as [string, string]));
          return { deleted: doomed.length, kept: candidates.length - doomed.length, scanned: candidates.length };
        },
      );
      postsDeleted += deleted;
      postsKept += kept;
      if (scanned < chunk) break;
      await pause();
    }
  } catch (error) {
    return { ok: false, error: toStorageError(error) };
  }
  return { ok: true, seenEventsDeleted, postsDeleted, postsKept };
}

/**
 * Applies retention when it has not run for a day (the worker calls this when it wakes). The
 * time is written first, so a worker stopped halfway does not start over at every wake: the
 * chunks already deleted stay deleted and the rest goes the next day.
 */
export async function applyRetentionIfDue(db: HearkenDB, options: RetentionOptions = {}): Promise<RetentionResult | null> {
  const now = options.now ?? Date.now();
  try {
    const last = (await db.meta.get(RETENTION_RAN_KEY))?.value;
    if (typeof last === 'number' && last <= now && now - last < DAY_MS) return null;
    await db.meta.put({ key: RETENTION_RAN_KEY, value: now });
  } catch (error) {
    return { ok: false, error: toStorageError(error) };
  }
  return applyRetention(db, { ...options, now });
}
