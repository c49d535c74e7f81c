// Storage failures as values the UI can show, each with what the person can do about it.

export type StorageErrorCode = 'quota' | 'invalid' | 'closed' | 'unknown';

export interface StorageError {
  code: StorageErrorCode;
  /** A sentence a person can read: what happened and what to do. */
  message: string;
  /** Field-level details, e.g. which event failed validation. */
  details?: string[];
}

export type WriteResult =
  | { ok: true; added: number; updated: number; duplicates: number }
  | { ok: false; error: StorageError };

const QUOTA_MESSAGE =
  'The browser has no room left for Hearken’s journal. Nothing already saved was lost, but this was not saved. ' +
  'Export your journal to a file, then shorten how many days of seen posts are kept (or clear old data) to make room.';

function errorChain(error: unknown): { name?: string; message?: string }[] {
  const chain: { name?: string; message?: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const item = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push({
      name: typeof item.name === 'string' ? item.name : undefined,
      message: typeof item.message === 'string' ? item.message : undefined,
    });
    current = item.inner ?? item.cause;
  }
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some(
    (item) => item.name === 'QuotaExceededError' || /quota/i.test(item.message ?? ''),
  );
}

/** Turns whatever IndexedDB or Dexie threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (isQuotaError(error)) return { code: 'quota', message: QUOTA_MESSAGE };
  const chain = errorChain(error);
  if (chain.some((item) => item.name === 'DatabaseClosedError' || item.name === 'InvalidStateError')) {
    return { code: 'closed', message: 'The journal database is closed; reopen the extension page and try again.' };
  }
  const first = chain[0];
  return {
    code: 'unknown',
    message: `The journal could not be saved: ${first?.message ?? String(error)}`,
  };
}

export function invalidInput(details: string[]): StorageError {
  return {
    code: 'invalid',
    message: 'Some journal entries were malformed, so none of this batch was saved.',
    details,
  };
}
