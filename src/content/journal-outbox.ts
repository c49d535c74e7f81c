// Posts and events bound for the journal wait here until the service worker acknowledges them.
// Writes are idempotent by id, so sending a batch again after a lost answer stores nothing twice.
import type { JournalEventInput, SeenPostInput } from '../core/journal';
import { askWorker } from '../messaging/client';
import { extensionAlive } from '../platform/browser';

/** What is gathered over this long goes to the journal in one message. */
const FLUSH_DELAY_MS = 1000;
const MAX_BATCH = 200;
const MAX_RETRY_DELAY_MS = 30_000;
/**
 * How much waits here while the journal cannot take it (storage full, worker unreachable): a page
 * left open for hours must not grow without end. Past it, the oldest waiting posts go first
 * (they are recorded again when seen again), then the oldest `seen` events, and the person's own
 * actions last.
 */
export const MAX_PENDING_POSTS = 2_000;
export const MAX_PENDING_EVENTS = 2_000;

/** A batch the worker refused as invalid will never be accepted: say so once and let it go. */
function dropsBatch(code: string, message: string): boolean {
  if (code !== 'invalid' && code !== 'forbidden' && code !== 'unknown-type') return false;
  console.warn(`[hearken] the journal refused a batch, which is dropped: ${message}`);
  return true;
}

export class JournalOutbox {
  private posts = new Map<string, SeenPostInput>();
  private events = new Map<string, JournalEventInput>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;
  private sending = false;

  addPost(post: SeenPostInput): void {
    this.posts.set(`${post.site}:${post.id}`, post);
    for (const key of this.posts.keys()) {
      if (this.posts.size <= MAX_PENDING_POSTS) break;
      this.posts.delete(key);
    }
    this.schedule(FLUSH_DELAY_MS);
  }

  addEvent(event: JournalEventInput): void {
    this.events.set(event.id, event);
    if (this.events.size > MAX_PENDING_EVENTS) this.trimEvents();
    this.schedule(FLUSH_DELAY_MS);
  }

  private trimEvents(): void {
    for (const [id, waiting] of this.events) {
      if (this.events.size <= MAX_PENDING_EVENTS) return;
      if (waiting.kind === 'seen') this.events.delete(id);
    }
    for (const id of this.events.keys()) {
      if (this.events.size <= MAX_PENDING_EVENTS) return;
      this.events.delete(id);
    }
  }

  get pending(): number {
    return this.posts.size + this.events.size;
  }

  private schedule(delay: number): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  async flush(): Promise<void> {
    if (this.sending) return;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.sending = true;
    try {
      const posts = [...this.posts.values()].slice(0, MAX_BATCH);
      const events = [...this.events.values()].slice(0, MAX_BATCH);
      if (posts.length === 0 && events.length === 0) return;
      // One message for both: each message costs the page's main thread a millisecond or more.
      const reply = await askWorker('journal/record', { posts, events });
      if (!reply.ok && !dropsBatch(reply.error.code, reply.error.message)) return this.retry(reply.error.message);
      for (const post of posts) this.posts.delete(`${post.site}:${post.id}`);
      for (const event of events) this.events.delete(event.id);
      this.retryDelay = 1000;
      if (this.pending > 0) this.schedule(0);
    } finally {
      this.sending = false;
    }
  }

  private retry(reason: string): void {
    if (!extensionAlive()) {
      // Hearken was updated or removed while this page stayed open: the new copy takes over.
      this.posts.clear();
      this.events.clear();
      return;
    }
    console.warn(`[hearken] journal write will be retried in ${this.retryDelay / 1000}s: ${reason}`);
    this.schedule(this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_DELAY_MS);
  }
}
