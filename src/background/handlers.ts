// What the service worker does for each message. Nothing is kept in memory between messages:
// the worker may be stopped at any moment, so the journal in IndexedDB is the only state.
import type { HearkenDB } from '../db/database';
import { appendEvents, countEvents, recordSeenPosts } from '../db/journal';
import type { WriteResult } from '../db/errors';
import type { Handlers } from '../messaging/router';
import type { WorkerMessages } from '../messaging/protocol';

/** A storage failure carried through the router as an answer with the right code. */
export class StorageFailure extends Error {
  constructor(
    readonly code: 'quota' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

function stored(result: WriteResult): { stored: number } {
  if (!result.ok) throw new StorageFailure(result.error.code === 'quota' ? 'quota' : 'failed', result.error.message);
  return { stored: result.added + result.updated };
}

export function workerHandlers(db: () => HearkenDB): Handlers<WorkerMessages, unknown> {
  return {
    'journal/append': async ({ events }) => stored(await appendEvents(db(), events)),
    'posts/seen': async ({ posts }) => stored(await recordSeenPosts(db(), posts)),
    'journal/count': async () => ({ events: await countEvents(db()) }),
  };
}
