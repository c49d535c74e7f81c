// Posts waiting to be read, handled in slices that never hold the page's main thread for long:
// posts in or near the viewport first, in their own short tasks; posts far off screen only when
// the page is idle. Visibility comes from an IntersectionObserver, so nothing reads layout.

export interface PostQueueOptions {
  /** Reads and marks one post (only called while it is on the page). */
  process(el: Element): void;
  /** Longest a slice may run before it yields back to the page, in ms. */
  sliceMs?: number;
  /** How far beyond the viewport a post counts as near (CSS margin). */
  nearMargin?: string;
}

type Task = () => void;

interface PostTaskScheduler {
  postTask(task: Task, options: { priority: 'user-visible' | 'background' }): Promise<unknown>;
}

/** A new task soon (not a microtask, so the page paints and handles input in between). */
function soon(task: Task): void {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'user-visible' }).catch(() => undefined);
  else setTimeout(task, 0);
}

/** A task when the page is idle, at the latest after timeoutMs. */
function whenIdle(task: (budgetMs: number) => void, timeoutMs: number): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, options: { timeout: number }) => number })
    .requestIdleCallback;
  if (ric) ric((deadline) => task(deadline.timeRemaining()), { timeout: timeoutMs });
  else setTimeout(() => task(Infinity), 50);
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
    if (this.observer) {
      // The observer reports every new target once, in view or not, at the next frame.
      this.far.add(el);
      this.observer.observe(el);
      this.scheduleFar();
    } else {
      this.near.add(el);
      this.scheduleNear();
    }
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

  private onView(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting || !this.far.delete(entry.target)) continue;
      this.observer?.unobserve(entry.target);
      this.near.add(entry.target);
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
    whenIdle((idleMs) => {
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
