// The journal write path of the service worker: posts and events from content scripts and pages
// go to the journal, and a full disk is written down where the popup and dashboard see it.
import type { HearkenDB } from '../db/database';
import type { WriteResult } from '../db/errors';
import { appendEvents, recordSeenPosts } from '../db/journal';
import { nextStorageProblem, readStorageProblem, STORAGE_PROBLEM_KEY } from '../db/storage-problem';
import type { JournalEventInput, SeenPostInput } from '../core/journal';

/** Where the problem record lives: storage.local in the extension, a Map in tests. */
export interface ProblemStore {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
}

/** A storage failure carried through the router as an answer with the right code. */
export class StorageFailure extends Error {
  constructor(
    readonly code: 'quota' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export interface JournalWriter {
  append(events: JournalEventInput[]): Promise<{ stored: number }>;
  seen(posts: SeenPostInput[]): Promise<{ stored: number }>;
  /** Seen posts first, then the events that may refer to them. */
  record(posts: SeenPostInput[], events: JournalEventInput[]): Promise<{ stored: number }>;
}

export function journalWriter(db: () => HearkenDB, problems: ProblemStore, now: () => number = Date.now): JournalWriter {
  async function note(result: WriteResult): Promise<void> {
    try {
      const current = readStorageProblem(await problems.read(STORAGE_PROBLEM_KEY));
      const next = nextStorageProblem(current, result, now());
      if (next !== undefined) await problems.write(STORAGE_PROBLEM_KEY, next);
    } catch (error) {
      // storage.local shares the disk: when it is full too, the answer still says "quota".
      console.warn('[hearken] could not record the journal storage problem', error);
    }
  }

  async function settle(result: WriteResult): Promise<{ stored: number }> {
    await note(result);
    if (!result.ok) throw new StorageFailure(result.error.code === 'quota' ? 'quota' : 'failed', result.error.message);
    return { stored: result.added + result.updated };
  }

  return {
    append: async (events) => settle(await appendEvents(db(), events)),
    seen: async (posts) => settle(await recordSeenPosts(db(), posts)),
    record: async (posts, events) => {
      const seen = posts.length > 0 ? await settle(await recordSeenPosts(db(), posts)) : { stored: 0 };
      const appended = events.length > 0 ? await settle(await appendEvents(db(), events)) : { stored: 0 };
      return { stored: seen.stored + appended.stored };
    },
  };
}
