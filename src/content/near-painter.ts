// What a matched post shows (its mark, badge and highlighted words) is put on the page only while
// the post is on or near the screen, and all the posts that came near together in one frame.
//
// Why, measured in Chromium on a 2,000-post forum thread and the X timeline:
// - every badge changes the page's layout and Chrome then walks the whole document again before
//   it paints (about 60 ms a badge on the thread, whether the badge takes room or not): off
//   screen nobody sees a badge, and ten new badges in one frame cost one walk instead of ten;
// - every change to the page's CSS highlights makes Chrome re-apply all of them (about 26 ms a
//   change with 1,500 highlighted words), so only posts near the screen keep theirs;
// - every frame Chrome draws for a page that big costs it tens of milliseconds, frames with
//   nothing new included, so a frame is asked for only when there is something to write;
// - while thousands of elements are watched by an IntersectionObserver, every repaint of the
//   page, the site's own included, costs a whole-document walk: positions are read instead
//   (getBoundingClientRect, cheap while reading posts changes no layout) in an ordinary task, by a
//   binary search over the waiting posts kept in document order;
// - each frame that changes what is drawn costs a repaint (and the highlight registry's, of the
//   whole document): the marks of everything up to a few screens ahead go on together, so a
//   reader scrolling down causes one such frame every couple of screens, and while the page is
//   flung faster than anyone reads, nothing is drawn until it slows down or stops;
// - feeds add posts a few at a time just below the screen, so most matched posts come near on
//   their own: what waits goes on with the page's own next change (in the frame the page draws
//   anyway) and asks for a frame of its own only if the page stays still.
import { soon } from './tasks';

export interface NearPaint {
  /** Puts the post's marks on the page; runs each time the post comes near the screen. */
  show(): void;
  /** Takes off what need not stay once the post is far away again. */
  hide(): void;
}

interface Entry {
  el: Element;
  paint: NearPaint;
}

interface PainterOptions {
  /** How far above and below the screen a post counts as near, in screen heights. */
  margin?: number;
  /** Once a post is near, how much further (screen heights) the marks of other posts go on with it. */
  ahead?: number;
  /** Scrolling faster than this (screen heights a second) draws nothing until it slows down. */
  flingSpeed?: number;
}

/** How soon after a fling the screen is looked at again, in ms (a fling is over when the page barely moved since). */
const SETTLE_MS = 120;
/** Posts far away whose highlights come off in a frame of their own, if no frame shows anything before. */
const HIDE_BATCH = 20;
/**
 * How long marks wait for the page's own next change (so they go on in the frame the page draws
 * anyway) before they ask for a frame of their own, in ms.
 */
const SHARE_WAIT_MS = 400;
/** Least time between two looks at where the posts are, in ms. */
const CHECK_EVERY_MS = 200;
const FRAME_MS = 16;

export class NearPainter {
  /** Posts not shown, in document order. */
  private waiting: Entry[] = [];
  private readonly byElement = new Map<Element, Entry>();
  /** Posts shown (few: only those near the screen stay shown). */
  private shown: Entry[] = [];
  /** What the next frame shows and hides. */
  private toShow: Entry[] = [];
  private toHide: Entry[] = [];
  private checkScheduled = false;
  private frameScheduled = false;
  private drawTimer: ReturnType<typeof setTimeout> | null = null;
  private listening = false;
  private settleScheduled = false;
  /** What scrolled last (an element, or null for the page itself). */
  private scroller: Element | null = null;
  /** Where it was scrolled to at the last look, and when. */
  private sample: { scroller: Element | null; top: number; at: number } | null = null;
  private flung = false;
  private checkedAt = -Infinity;
  private readonly margin: number;
  private readonly ahead: number;
  private readonly flingSpeed: number;
  private readonly view: (Window & typeof globalThis) | null;
  // The first scroll after a look asks for the next look and stops listening until then: the
  // page's scroll events do not each call into the content script.
  private readonly onScroll = (event: Event) => {
    const target = event.target as Element | Document | null;
    this.scroller = target?.nodeType === 1 && target !== target.ownerDocument?.scrollingElement ? (target as Element) : null;
    this.listen(false);
    this.schedule();
  };

  constructor(options: PainterOptions = {}) {
    this.margin = options.margin ?? 1;
    this.ahead = options.ahead ?? 2;
    this.flingSpeed = options.flingSpeed ?? 4;
    const view = globalThis as Partial<Window & typeof globalThis>;
    this.view = typeof view.requestAnimationFrame === 'function' && typeof view.innerHeight === 'number' ? (view as Window & typeof globalThis) : null;
  }

  /** Shows el's marks when it is near the screen (at once where there is no screen); replaces an earlier paint. */
  paint(el: Element, paint: NearPaint): void {
    if (!this.view) {
      paint.show();
      return;
    }
    this.cancel(el);
    const entry = { el, paint };
    this.waiting.splice(this.insertionIndex(el), 0, entry);
    this.byElement.set(el, entry);
    this.listen(true);
    this.schedule();
  }

  /** Whether el is waiting to be shown or shown. */
  has(el: Element): boolean {
    return this.byElement.has(el);
  }

  /** Drops posts the site removed. */
  pruneDetached(): void {
    const connected = (entry: Entry) => {
      if (entry.el.isConnected) return true;
      this.byElement.delete(entry.el);
      return false;
    };
    if (this.waiting.some((entry) => !entry.el.isConnected)) this.waiting = this.waiting.filter(connected);
    this.shown = this.shown.filter(connected);
    this.toShow = this.toShow.filter(connected);
    this.toHide = this.toHide.filter((entry) => entry.el.isConnected);
  }

  stop(): void {
    this.listen(false);
    if (this.drawTimer !== null) clearTimeout(this.drawTimer);
    this.drawTimer = null;
    this.waiting = [];
    this.shown = [];
    this.toShow = [];
    this.toHide = [];
    this.byElement.clear();
    this.sample = null;
    this.flung = false;
  }

  /** Posts waiting to be shown. */
  get size(): number {
    return this.waiting.length + this.toShow.length;
  }

  /** Forgets el (the post no longer matches, or is painted anew; its marks are taken off by the caller). */
  cancel(el: Element): void {
    const entry = this.byElement.get(el);
    if (!entry) return;
    this.byElement.delete(el);
    const without = (list: Entry[]) => list.filter((other) => other !== entry);
    const at = this.waiting.indexOf(entry);
    if (at !== -1) this.waiting.splice(at, 1);
    this.shown = without(this.shown);
    this.toShow = without(this.toShow);
    this.toHide = without(this.toHide);
  }

  private listen(on: boolean): void {
    if (!this.view || on === this.listening) return;
    this.listening = on;
    // Capture: scrolling inside any scroll container of the page counts too.
    const options = { capture: true, passive: true } as const;
    if (on) {
      this.view.addEventListener('scroll', this.onScroll, options);
      this.view.addEventListener('resize', this.onScroll, options);
    } else {
      this.view.removeEventListener('scroll', this.onScroll, options);
      this.view.removeEventListener('resize', this.onScroll, options);
    }
  }

  /**
   * Looks at where the posts are in a task of its own, once however often asked, and at most every
   * CHECK_EVERY_MS while the page scrolls (the marks reach a couple of screens beyond the near ones).
   */
  private schedule(): void {
    if (this.checkScheduled || !this.view) return;
    this.checkScheduled = true;
    const run = () =>
      soon(() => {
        this.checkScheduled = false;
        this.checkedAt = performance.now();
        this.check();
      });
    const wait = this.checkedAt + CHECK_EVERY_MS - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else run();
  }

  /** Finds posts that came near or went far (reading positions only) and asks for a frame to write. */
  private check(): void {
    this.pruneDetached();
    if (!this.view) return;
    const height = this.view.innerHeight;
    // Marks still waiting for a frame, of posts scrolled far away meanwhile, need not go on.
    if (this.toShow.length > 0) {
      const far = (rect: DOMRect) => !isHidden(rect) && (rect.bottom < -height * (this.margin + this.ahead + 1) || rect.top > height * (2 + this.margin + this.ahead));
      const stale = new Set(this.toShow.filter((entry) => far(entry.el.getBoundingClientRect())));
      if (stale.size > 0) {
        this.toShow = this.toShow.filter((entry) => !stale.has(entry));
        this.shown = this.shown.filter((entry) => !stale.has(entry));
        for (const entry of stale) this.waiting.splice(this.insertionIndex(entry.el), 0, entry);
      }
    }
    const watching = this.waiting.length > 0 || this.shown.length > 0;
    if (this.flinging(height)) {
      this.listen(watching);
      if (watching) this.checkWhenSettled();
      return;
    }
    const near = { top: -height * this.margin, bottom: height * (1 + this.margin) };
    const reach = { top: near.top - height * this.ahead, bottom: near.bottom + height * this.ahead };
    // Shown posts are hidden again only a screen beyond the reach, so a post at the edge does not flicker.
    const away = (rect: DOMRect) => !isHidden(rect) && (rect.bottom < reach.top - height || rect.top > reach.bottom + height);
    const far = this.shown.filter((entry) => away(entry.el.getBoundingClientRect()));
    const coming: Entry[] = [];
    let anyNear = false;
    for (let i = this.firstNotAbove(reach.top); i < this.waiting.length; i += 1) {
      const entry = this.waiting[i]!;
      const rect = entry.el.getBoundingClientRect();
      if (rect.top > reach.bottom && !isHidden(rect)) break;
      // A hidden post (display: none) is shown too: nothing of it is drawn, so it costs no layout.
      if (isHidden(rect) || rect.bottom >= reach.top) coming.push(entry);
      if (isHidden(rect) || (rect.bottom >= near.top && rect.top <= near.bottom)) anyNear = true;
    }
    if (far.length > 0) {
      const leaving = new Set(far);
      this.shown = this.shown.filter((entry) => !leaving.has(entry));
      for (const entry of far) this.waiting.splice(this.insertionIndex(entry.el), 0, entry);
      this.toHide.push(...far);
    }
    // Posts within reach wait until one of them is near: then they all go on in the same frame.
    if (anyNear) {
      const showing = new Set(coming);
      this.waiting = this.waiting.filter((entry) => !showing.has(entry));
      this.shown.push(...coming);
      this.toShow.push(...coming);
    }
    this.listen(this.waiting.length > 0 || this.shown.length > 0);
    // Taking highlights off costs a repaint too: it waits for a frame that shows something anyway,
    // unless many have gathered.
    if (this.toShow.length > 0 || this.toHide.length >= HIDE_BATCH) this.requestFrame();
  }

  /** Whether what scrolls moved faster than anyone reads since the last look (over a frame at least). */
  private flinging(height: number): boolean {
    if (!this.view) return false;
    const now = performance.now();
    const previous = this.sample;
    if (previous && now - previous.at < FRAME_MS) return this.flung;
    const scroller = this.scroller?.isConnected ? this.scroller : null;
    const top = scroller ? scroller.scrollTop : this.view.scrollY;
    this.sample = { scroller, top, at: now };
    this.flung = previous?.scroller === scroller && Math.abs(top - previous.top) / height / ((now - previous.at) / 1000) > this.flingSpeed;
    return this.flung;
  }

  /** Looks again once the scrolling may have stopped, even if no scroll event comes. */
  private checkWhenSettled(): void {
    if (this.settleScheduled) return;
    this.settleScheduled = true;
    setTimeout(() => {
      this.settleScheduled = false;
      this.schedule();
    }, SETTLE_MS);
  }

  /**
   * The page itself just changed what it shows (called from its mutation observer, before the
   * page's next frame): whatever waits to go on or come off goes with it, at no repaint of its own.
   */
  pageChanged(): void {
    if (this.toShow.length === 0 && this.toHide.length === 0) return;
    this.draw();
  }

  private requestFrame(): void {
    if (this.frameScheduled || this.drawTimer !== null || !this.view) return;
    const view = this.view;
    this.drawTimer = setTimeout(() => {
      this.drawTimer = null;
      if (this.toShow.length === 0 && this.toHide.length < HIDE_BATCH) return;
      this.frameScheduled = true;
      view.requestAnimationFrame(() => {
        this.frameScheduled = false;
        this.draw();
      });
    }, SHARE_WAIT_MS);
  }

  private draw(): void {
    if (this.drawTimer !== null) clearTimeout(this.drawTimer);
    this.drawTimer = null;
    const hide = this.toHide;
    const show = this.toShow;
    this.toHide = [];
    this.toShow = [];
    for (const entry of hide) if (entry.el.isConnected) entry.paint.hide();
    for (const entry of show) if (entry.el.isConnected) entry.paint.show();
  }

  /** Index of the first waiting post whose bottom is not above y (posts stack down the page in document order). */
  private firstNotAbove(y: number): number {
    let low = 0;
    let high = this.waiting.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const found = this.visibleRectFrom(middle, high);
      if (!found) high = middle;
      else if (found.rect.bottom < y) low = found.index + 1;
      else high = middle;
    }
    return low;
  }

  /** The first waiting post from index on (before end) that takes room on the page, and where it is. */
  private visibleRectFrom(index: number, end: number): { index: number; rect: DOMRect } | null {
    for (let i = index; i < end; i += 1) {
      const rect = this.waiting[i]!.el.getBoundingClientRect();
      if (!isHidden(rect)) return { index: i, rect };
    }
    return null;
  }

  /** Where el goes among the waiting posts so that they stay in document order. */
  private insertionIndex(el: Element): number {
    let low = 0;
    let high = this.waiting.length;
    // Posts are mostly found in document order: check the end first.
    const last = this.waiting[high - 1];
    if (!last || follows(el, last.el)) return high;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (follows(el, this.waiting[middle]!.el)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function follows(el: Element, other: Element): boolean {
  return (other.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

function isHidden(rect: DOMRect): boolean {
  return rect.width === 0 && rect.height === 0;
}
