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
  // The page itself scrolls: the painter reads how far from the window, as in a browser.
  Object.defineProperty(globalThis, 'scrollY', { get: () => view.scrollY, configurable: true });
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
  const scrollListeners = new Set<(event: { target: null }) => void>();
  vi.stubGlobal('innerHeight', SCREEN);
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  vi.stubGlobal('addEventListener', (type: string, cb: (event: { target: null }) => void) => type === 'scroll' && scrollListeners.add(cb));
  vi.stubGlobal('removeEventListener', (type: string, cb: (event: { target: null }) => void) => type === 'scroll' && scrollListeners.delete(cb));
  return {
    frames,
    scrollListeners,
    async settle() {
      await vi.runAllTimersAsync();
      while (frames.length > 0) frames.shift()!();
    },
    scroll() {
      for (const listener of scrollListeners) listener({ target: null });
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
    const painter = new NearPainter({ ahead: 0 });
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
    const painter = new NearPainter({ ahead: 0 });
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

  it('takes highlights off far posts in a frame that shows something anyway', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts, view } = page(200);
    const events: string[] = [];
    const painter = new NearPainter({ ahead: 2 });
    // Matched posts are few and far between: every fortieth.
    for (const i of [0, 40, 80]) painter.paint(posts[i]!, { show: () => events.push(`show ${i}`), hide: () => events.push(`hide ${i}`) });
    await win.settle();
    expect(events).toEqual(['show 0']);
    // Post 0 is far now, but nothing new is near: no frame just for taking its highlights off.
    view.scrollY = 3500;
    win.scroll();
    await vi.runAllTimersAsync();
    expect(win.frames).toHaveLength(0);
    view.scrollY = 7000;
    win.scroll();
    await win.settle();
    expect(events).toEqual(['show 0', 'hide 0', 'show 40']);
  });

  it('keeps posts found out of order in document order, shows hidden posts, and forgets removed or cancelled ones', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts, view } = page(40);
    const shown: number[] = [];
    const painter = new NearPainter({ ahead: 0 });
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

  it('puts on the marks of everything within reach together, once one post of them is near', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts, view } = page(100);
    const shown: number[] = [];
    // Near: one screen above and below; reach: two screens beyond that.
    const painter = new NearPainter({ ahead: 2 });
    posts.forEach((el, i) => painter.paint(el, { show: () => shown.push(i), hide: () => undefined }));
    await win.settle();
    expect(shown).toEqual(Array.from({ length: 17 }, (_, i) => i));
    // Scrolling on while the posts shown still fill the near zone asks for no frame at all.
    view.scrollY = 8 * POST_HEIGHT;
    win.scroll();
    await vi.runAllTimersAsync();
    expect(win.frames).toHaveLength(0);
    // Once a waiting post is near, everything within reach goes on in one frame.
    view.scrollY = 9 * POST_HEIGHT;
    win.scroll();
    await vi.runAllTimersAsync();
    expect(win.frames).toHaveLength(1);
    await win.settle();
    expect(shown.slice(17)).toEqual(Array.from({ length: 9 }, (_, i) => 17 + i));
  });

  it('draws nothing while the page is flung faster than anyone reads, and catches up once it slows', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const win = screen();
    const { posts, view } = page(400);
    const shown: number[] = [];
    const painter = new NearPainter({ ahead: 0, flingSpeed: 6 });
    posts.forEach((el, i) => painter.paint(el, { show: () => shown.push(i), hide: () => undefined }));
    await win.settle();
    await vi.advanceTimersByTimeAsync(1000);
    shown.length = 0;
    // One screen every 16 ms: sixty screens a second.
    for (let step = 1; step <= 20; step += 1) {
      view.scrollY = step * SCREEN;
      win.scroll();
      await vi.advanceTimersByTimeAsync(16);
      while (win.frames.length > 0) win.frames.shift()!();
    }
    // Nothing is drawn: the first step's posts (its speed was not known yet) waited for the page's
    // next change, and were scrolled far away before it came.
    expect(shown).toEqual([]);
    shown.length = 0;
    // It stopped: a little later the posts on and near the screen get their marks.
    await vi.advanceTimersByTimeAsync(200);
    await win.settle();
    const first = (20 * SCREEN) / POST_HEIGHT;
    expect(shown).toEqual(Array.from({ length: 14 }, (_, i) => first - 5 + i));
    // Reading pace (a quarter of a screen a second) draws as the posts come near.
    shown.length = 0;
    for (let step = 1; step <= 8; step += 1) {
      view.scrollY = 20 * SCREEN + step * (SCREEN / 4);
      win.scroll();
      await vi.advanceTimersByTimeAsync(1000);
      await win.settle();
    }
    expect(shown).toEqual(Array.from({ length: 8 }, (_, i) => first + 9 + i));
  });

  it('puts marks on with the page\'s own next change, in the frame the page draws anyway', async () => {
    vi.useFakeTimers();
    const win = screen();
    const { posts } = page(20);
    const shown: number[] = [];
    const painter = new NearPainter({ ahead: 0 });
    posts.slice(0, 3).forEach((el, i) => painter.paint(el, { show: () => shown.push(i), hide: () => undefined }));
    // The positions are looked at in a task; the marks then wait for the page.
    await vi.advanceTimersByTimeAsync(50);
    expect(shown).toEqual([]);
    painter.pageChanged();
    expect(shown).toEqual([0, 1, 2]);
    // Nothing was left for a frame of its own.
    await vi.runAllTimersAsync();
    expect(win.frames).toHaveLength(0);
    // A page that stays still: the marks ask for a frame of their own.
    painter.paint(posts[3]!, { show: () => shown.push(3), hide: () => undefined });
    await win.settle();
    expect(shown).toEqual([0, 1, 2, 3]);
  });

  it('paints at once where there is no screen (the hearken command, tests)', () => {
    const { posts } = page(2);
    const shown: Element[] = [];
    const painter = new NearPainter();
    painter.paint(posts[1]!, { show: () => shown.push(posts[1]!), hide: () => undefined });
    expect(shown).toEqual([posts[1]]);
  });
});
