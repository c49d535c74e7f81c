// The journal's standing storage problem, kept where every extension page can read it (the
// worker that met it may be gone a moment later): since when writes fail for lack of room, and
// how many writes were refused. A later write that succeeds clears it.
import * as v from 'valibot';
import type { WriteResult } from './errors';

export const STORAGE_PROBLEM_KEY = 'journal.storageProblem';

export const StorageProblemSchema = v.object({
  code: v.literal('quota'),
  /** When the first refused write of this episode happened (epoch ms). */
  since: v.number(),
  /** When the latest one did. */
  lastAt: v.number(),
  /** Batches refused since `since` (retries count again); the pages keep them and try again. */
  failedWrites: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export type StorageProblem = v.InferOutput<typeof StorageProblemSchema>;

/** Whatever was stored, as a problem, or null when there is none (or it is unreadable). */
export function readStorageProblem(value: unknown): StorageProblem | null {
  const parsed = v.safeParse(StorageProblemSchema, value);
  return parsed.success ? parsed.output : null;
}

/**
 * The problem after a write ended with `result`: a quota failure starts or extends it, a success
 * ends it, any other failure leaves it as it was. `undefined` means unchanged (nothing to write).
 */
export function nextStorageProblem(current: StorageProblem | null, result: WriteResult, now: number): StorageProblem | null | undefined {
  if (result.ok) return current === null ? undefined : null;
  if (result.error.code !== 'quota') return undefined;
  return {
    code: 'quota',
    since: current?.since ?? now,
    lastAt: now,
    failedWrites: (current?.failedWrites ?? 0) + 1,
  };
}
