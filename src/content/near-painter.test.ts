import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { NearPainter } from './near-painter';

const SCREEN = 800;
const POST_HEIGHT = 200;

/** Posts stacked down the page, POST_HEIGHT each; scrollY moves them as a real page would. */
function page(count: number) {
  const { document } = parseHTML(`<html><body>${'<article></article>'.repeat(count)}</body></html>`);
  const posts = [...document.querySelectorAll('article')];
  const view = { scrollY: 0, hidden: new Set<Element>() };
  posts.forEach((el, i) => {
    el.getBoundingClientRect = () => {
      if (view.hidden.has(el)) return { top: 0, bottom: 0, width: 0, height: 0 } as DOMRect;
      const top = i * POST_HEIGHT - view.scrollY;
      return { top, bottom: top + POST_HEIGHT, width: 600, height: POST_HEIGHT } as DOMRect;
    };
  });
  return { posts, view };
}

/** A window with a screen: frames and scroll events run when the test says. */
function screen() {
  const frames: (() => void)[] = [];
  const scrollListeners = new Set<() => void>();
  vi.stubGlobal('innerHeight', SCREEN);
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  vi.stubGlobal('addEventListener', (type: string, cb: () => void) => type === 'scroll' && scrollListeners.add(cb));
  vi.stubGlobal('removeEventListener', (type: string, cb: () => void) => type === 'scroll' && scrollListeners.delete(cb));
  return {
    frames,
    scrollListeners,
    async settle() {
      await vi.runAllTimersAsync();
      while (frames.length > 0) frames.shift()!();
    },
    scroll() {
      for (const listener of scrollListeners) listener();
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('NearPainter', () => {
  it('shows the marks of posts near the screen in one frame, and of the others only when scrolled to', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts, view } = page(100);
    const shown: number[] = [];
    const painter = new NearPainter();
    posts.forEach((el, i) => painter.paint(el, { show: () => shown.push(i), hide: () => undefined }));
    // Nothing is written outside a frame, and one frame is asked for.
    await vi.runAllTimersAsync();
    expect(shown).toEqual([]);
    expect(win.frames).toHaveLength(1);
    await win.settle();
    // The screen (posts 0–3) and one screen below it (4–7) count as near.
    expect(shown).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    view.scrollY = 50 * POST_HEIGHT;
    win.scroll();
    await win.settle();
    expect(shown.slice(9)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
    // The first screen went far away: those posts wait again (their highlights came off).
    expect(painter.size).toBe(100 - 14);
  });

  it('takes highlights off posts far away again and puts them back when they return', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts, view } = page(60);
    const events: string[] = [];
    const painter = new NearPainter();
    posts.forEach((el, i) => painter.paint(el, { show: () => events.push(`show ${i}`), hide: () => events.push(`hide ${i}`) }));
    await win.settle();
    events.length = 0;
    view.scrollY = 40 * POST_HEIGHT;
    win.scroll();
    await win.settle();
    expect(events.filter((e) => e.startsWith('hide'))).toEqual(['hide 0', 'hide 1', 'hide 2', 'hide 3', 'hide 4', 'hide 5', 'hide 6', 'hide 7', 'hide 8']);
    events.length = 0;
    view.scrollY = 0;
    win.scroll();
    await win.settle();
    expect(events.filter((e) => e.startsWith('show'))).toEqual(['show 0', 'show 1', 'show 2', 'show 3', 'show 4', 'show 5', 'show 6', 'show 7', 'show 8']);
    // No frame is asked for when nothing moved in or out.
    win.scroll();
    await vi.runAllTimersAsync();
    expect(win.frames).toHaveLength(0);
  });

  it('keeps posts found out of order in document order, shows hidden posts, and forgets removed or cancelled ones', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts, view } = page(40);
    const shown: number[] = [];
    const painter = new NearPainter();
    const paint = (i: number) => painter.paint(posts[i]!, { show: () => shown.push(i), hide: () => undefined });
    view.hidden.add(posts[33]!);
    for (const i of [30, 10, 35, 20, 31, 0, 33, 32, 5]) paint(i);
    posts[31]!.remove();
    painter.pruneDetached();
    painter.cancel(posts[32]!);
    view.scrollY = 30 * POST_HEIGHT;
    await win.settle();
    expect(shown.sort((a, b) => a - b)).toEqual([30, 33, 35]);
    expect(painter.has(posts[31]!)).toBe(false);
    expect(painter.has(posts[10]!)).toBe(true);
    painter.stop();
    expect(win.scrollListeners.size).toBe(0);
  });

  it('paints at once where there is no screen (the hearken command, tests)', () => {
    const { posts } = page(2);
    const shown: Element[] = [];
    const painter = new NearPainter();
    painter.paint(posts[1]!, { show: () => shown.push(posts[1]!), hide: () => undefined });
    expect(shown).toEqual([posts[1]]);
  });
});
