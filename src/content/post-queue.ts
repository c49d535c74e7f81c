// Posts waiting to be read, handled in slices that never hold the page's main thread for long:
// posts in or near the viewport first, in their own short tasks; posts far off screen in
// background-priority tasks (or when the page is idle, where the scheduler API is missing).
// Visibility comes from an IntersectionObserver, so nothing reads layout. Reading a post changes
// only its data attributes (no layout, nothing to repaint off screen): badges and highlights wait
// for the post to come near the screen (near-painter.ts), so reading far posts early is cheap.

import { afterPageWork, soon } from './tasks';

export interface PostQueueOptions {
  /** Reads and marks one post (only called while it is on the page). */
  process(el: Element): void;
  /** Longest a slice may run before it yields back to the page, in ms. */
  sliceMs?: number;
  /** How far beyond the viewport a post counts as near (CSS margin). */
  nearMargin?: string;
  /**
   * While fewer posts than this are waiting, a new one is read in the next task without asking
   * where it is (new posts of a feed are read at once); only a backlog (a long thread at load) is
   * sorted into near and far.
   */
  directBelow?: number;
}

export class PostQueue {
  private readonly near = new Set<Element>();
  private readonly far = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  private nearScheduled = false;
  private farScheduled = false;
  private readonly sliceMs: number;

  constructor(private readonly options: PostQueueOptions) {
    this.sliceMs = options.sliceMs ?? 8;
    const Observer = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.observer = Observer
      ? new Observer((entries) => this.onView(entries), { rootMargin: options.nearMargin ?? '100% 0px' })
      : null;
  }

  add(el: Element): void {
    if (this.near.has(el) || this.far.has(el)) return;
    if (this.observer && this.size >= (this.options.directBelow ?? 64)) {
      // The observer reports every new target once, in view or not, at the next frame.
      this.far.add(el);
      this.observer.observe(el);
      this.scheduleFar();
    } else {
      this.near.add(el);
      this.scheduleNear();
    }
  }

  /**
   * Reads posts in or near view right away, in the caller's turn, for at most budgetMs; the rest
   * wait for their own tasks. Called where posts were found: in the page watcher's observer
   * callback (a few new posts, inside the page's own task, so they are marked before the page
   * draws them) or one of Hearken's own tasks.
   */
  readNow(budgetMs = this.sliceMs / 2): void {
    if (this.near.size > 0) this.drain(this.near, budgetMs);
  }

  get size(): number {
    return this.near.size + this.far.size;
  }

  /** Forgets every waiting post and stops watching the viewport (the site was turned off). */
  stop(): void {
    this.observer?.disconnect();
    this.near.clear();
    this.far.clear();
  }

  /** Drops posts the site removed before they were read. */
  pruneDetached(): void {
    for (const set of [this.near, this.far]) {
      for (const el of set) {
        if (el.isConnected) continue;
        set.delete(el);
        this.observer?.unobserve(el);
      }
    }
  }

  /**
   * The observer's first report on each post says whether it is near the screen now; the post is
   * not observed after that. Thousands of observed elements would make every repaint of the page
   * walk the whole document (near-painter.ts), and far posts are read soon anyway.
   */
  private onView(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      this.observer?.unobserve(entry.target);
      if (entry.isIntersecting && this.far.delete(entry.target)) this.near.add(entry.target);
    }
    if (this.near.size > 0) this.scheduleNear();
  }

  private scheduleNear(): void {
    if (this.nearScheduled) return;
    this.nearScheduled = true;
    soon(() => {
      this.nearScheduled = false;
      this.drain(this.near, this.sliceMs);
      if (this.near.size > 0) this.scheduleNear();
    });
  }

  private scheduleFar(): void {
    if (this.farScheduled) return;
    this.farScheduled = true;
    afterPageWork((idleMs) => {
      this.farScheduled = false;
      // Near posts go first; an idle period that is already over still reads a few (timeout).
      if (this.near.size === 0) this.drain(this.far, Math.max(1, Math.min(this.sliceMs, idleMs)));
      if (this.far.size > 0) this.scheduleFar();
    }, 1000);
  }

  private drain(set: Set<Element>, budgetMs: number): void {
    const started = performance.now();
    for (const el of set) {
      set.delete(el);
      if (set === this.far) this.observer?.unobserve(el);
      if (el.isConnected) this.options.process(el);
      if (performance.now() - started >= budgetMs) break;
    }
  }
}
