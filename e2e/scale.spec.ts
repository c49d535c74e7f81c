// Hearken on pages with 2,000 posts (behaviour only; the costs are measured by `npm run bench:page`):
// every post is marked exactly once, badges and highlights are put on as posts come near the screen,
// posts the site removes are released (highlights, nodes), and the page's own scripts see no errors.
import type { Page } from '@playwright/test';
import { expect, page as pageHtml, test } from './extension';

const PAGES = [
  { name: 'X', url: 'https://x.com/home', file: 'x-2000.html', post: 'article[data-testid="tweet"]', cell: '[data-testid="cellInnerDiv"]' },
  { name: 'LinkedIn', url: 'https://www.linkedin.com/feed/', file: 'linkedin-2000.html', post: 'div.feed-shared-update-v2[role="article"]', cell: '.occludable-update' },
];

/**
 * In the page's own world: counts, per post, how many times Hearken put its mark on it (the
 * data-hearken-post attribute going from absent or another id to an id). Keeps counts, not elements.
 */
function countMarks(selector: string): void {
  const counts = new WeakMap<Element, number>();
  let total = 0;
  let twice = 0;
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      const el = m.target as Element;
      if (!el.matches(selector)) continue;
      const value = el.getAttribute('data-hearken-post');
      if (value === null || value === m.oldValue) continue;
      const n = (counts.get(el) ?? 0) + 1;
      counts.set(el, n);
      total += 1;
      if (n === 2) twice += 1;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hearken-post'], attributeOldValue: true });
  (window as unknown as { hearkenMarks: () => { total: number; twice: number } }).hearkenMarks = () => ({ total, twice });
}

async function marks(page: Page): Promise<{ total: number; twice: number }> {
  return page.evaluate(() => (window as unknown as { hearkenMarks: () => { total: number; twice: number } }).hearkenMarks());
}

for (const site of PAGES) {
  test(`${site.name}: 2,000 posts are each marked once, removed posts are released, the page sees no errors`, async ({ context, served }) => {
    test.setTimeout(240_000);
    served.serve(site.url, pageHtml(site.file));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(countMarks, site.post);
    await page.goto(site.url);
    await expect(page.locator('body')).toHaveAttribute('data-generated', '2000');

    const posts = page.locator(`${site.post}`);
    await expect(posts).toHaveCount(2000);
    // All of them, the ones far below the fold too (those are read when the page is idle).
    await expect(page.locator(`${site.post}[data-hearken-post]`)).toHaveCount(2000, { timeout: 150_000 });
    const ids = await page.$$eval(site.post, (els) => els.map((el) => el.getAttribute('data-hearken-post')));
    expect(new Set(ids).size).toBe(2000);
    const matched = await page.locator(`${site.post}[data-hearken-match]`).count();
    expect(matched).toBeGreaterThan(100);
    expect(matched).toBeLessThan(1000);
    // Badges and highlights go on only near the screen: the posts far below have none yet.
    expect(await page.locator('[data-hearken-badge]').count()).toBeLessThan(matched / 4);
    // Scrolling through to the end, stopping every three screens as a reader would, reads nothing
    // twice and gives every matched post its badge on the way (each post is near the screen at one
    // of the stops: the screen and one above and below), while only the posts near the screen keep
    // their highlighted words.
    const highlighted = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      // Near: on the screen or within a screen of it.
      const unmarkedNear = () =>
        [...document.querySelectorAll('[data-hearken-match]:not([data-hearken-shown])')].some((el) => {
          const rect = el.getBoundingClientRect();
          return rect.bottom > -window.innerHeight && rect.top < 2 * window.innerHeight;
        });
      // A jump of three screens is a fling: the marks come once the page has been still a moment.
      const stop = async () => {
        const until = performance.now() + 5000;
        await pause(150);
        while (unmarkedNear() && performance.now() < until) await pause(50);
        await frame();
      };
      let most = 0;
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight * 3) {
        window.scrollTo(0, y);
        await stop();
        most = Math.max(most, CSS.highlights.get('hearken-match')?.size ?? 0);
      }
      window.scrollTo(0, document.documentElement.scrollHeight);
      await stop();
      return most;
    });
    expect(highlighted).toBeGreaterThan(0);
    expect(highlighted).toBeLessThan(matched);
    await expect(page.locator('[data-hearken-badge]')).toHaveCount(matched);
    await expect(page.locator(`${site.post}[data-hearken-shown]`)).toHaveCount(matched);
    expect(await marks(page)).toEqual({ total: 2000, twice: 0 });

    // The site drops all but the last 20 posts, as virtualised feeds do: Hearken lets them go.
    const cdp = await context.newCDPSession(page);
    const nodes = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Memory.getDOMCounters')).nodes;
    };
    const nodesBefore = await nodes();
    await page.evaluate((cell) => {
      const cells = [...document.querySelectorAll(cell)];
      for (const el of cells.slice(0, cells.length - 20)) el.remove();
    }, site.cell);
    await expect(posts).toHaveCount(20);
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('hearken-match') ?? [])].filter((range) => !(range as Range).startContainer.isConnected).length))
      .toBe(0);
    // Nothing keeps the removed posts' nodes alive: far fewer than a tenth of them are left.
    await expect.poll(nodes, { timeout: 15_000 }).toBeLessThan(nodesBefore / 10);
    await cdp.detach();

    expect(await marks(page)).toEqual({ total: 2000, twice: 0 });
    expect(errors).toEqual([]);
    expect(served.stray).toEqual([]);
  });
}
