import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { PostQueue } from './post-queue';

function posts(count: number): Element[] {
  const { document } = parseHTML(`<html><body>${'<article></article>'.repeat(count)}</body></html>`);
  return [...document.querySelectorAll('article')];
}

/** An IntersectionObserver stand-in that reports what the test says is in view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element): void {
    this.observed.add(el);
  }
  unobserve(el: Element): void {
    this.observed.delete(el);
  }
  show(els: Element[]): void {
    this.callback(els.map((target) => ({ target, isIntersecting: true })));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('PostQueue', () => {
  it('reads every post once, in slices that give the page its thread back', async () => {
    vi.useFakeTimers();
    const read: Element[] = [];
    let clock = 0;
    vi.stubGlobal('performance', { now: () => clock });
    const queue = new PostQueue({
      sliceMs: 8,
      process(el) {
        clock += 3; // each post takes 3 ms
        read.push(el);
      },
    });
    const els = posts(10);
    for (const el of els) queue.add(el);
    for (const el of els) queue.add(el);
    expect(read).toHaveLength(0);
    await vi.advanceTimersToNextTimerAsync();
    expect(read).toHaveLength(3); // 3 posts reach the 8 ms budget
    await vi.runAllTimersAsync();
    expect(read).toEqual(els);
    expect(queue.size).toBe(0);
  });

  it('leaves out posts the site removed before they were read', async () => {
    vi.useFakeTimers();
    const read: Element[] = [];
    const queue = new PostQueue({ process: (el) => read.push(el) });
    const els = posts(4);
    for (const el of els) queue.add(el);
    els[1]!.remove();
    els[2]!.remove();
    queue.pruneDetached();
    expect(queue.size).toBe(2);
    await vi.runAllTimersAsync();
    expect(read).toEqual([els[0], els[3]]);
  });

  it('reads posts in view first and the ones far off screen when the page is idle', async () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('requestIdleCallback', (cb: (deadline: { timeRemaining(): number }) => void) => {
      idle.push(() => cb({ timeRemaining: () => 50 }));
      return idle.length;
    });
    const read: Element[] = [];
    const queue = new PostQueue({ process: (el) => read.push(el), directBelow: 0 });
    const els = posts(6);
    for (const el of els) queue.add(el);
    const observer = FakeObserver.last!;
    expect(observer.observed.size).toBe(6);
    observer.show([els[4]!, els[5]!]);
    await vi.runAllTimersAsync();
    expect(read).toEqual([els[4], els[5]]);
    expect(observer.observed.size).toBe(4);
    idle.shift()!();
    expect(read).toEqual([els[4], els[5], els[0], els[1], els[2], els[3]]);
    expect(observer.observed.size).toBe(0);
  });

  it('reads a few new posts without asking where they are, and a backlog by where it is', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const read: Element[] = [];
    const queue = new PostQueue({ process: (el) => read.push(el), directBelow: 3 });
    const els = posts(5);
    for (const el of els) queue.add(el);
    // The first three are read in the caller's task; the backlog waits for the observer's report.
    queue.readNow();
    expect(read).toEqual(els.slice(0, 3));
    const observer = FakeObserver.last!;
    expect([...observer.observed]).toEqual(els.slice(3));
    // One report is enough: the posts are not watched after it.
    observer.show([els[4]!]);
    expect(observer.observed.size).toBe(1);
    await vi.advanceTimersToNextTimerAsync();
    expect(read).toEqual([...els.slice(0, 3), els[4]]);
  });
});
