// Storage failures from the db layer in the reader's language, each with what to do.
import type { StorageError } from '../../db/errors';
import type { Translate } from './sentences';

export function storageMessage(error: StorageError, t: Translate): string {
  if (error.code === 'quota') return t('dashErrQuota');
  if (error.code === 'closed') return t('dashErrClosed');
  return t('dashErrUnknown', error.message);
}

/** Share of the origin's quota in use at which the page warns before writes start failing. */
export const NEARLY_FULL = 0.9;

export function isNearlyFull(estimate: { usage?: number; quota?: number }): boolean {
  return !!estimate.quota && (estimate.usage ?? 0) / estimate.quota >= NEARLY_FULL;
}
