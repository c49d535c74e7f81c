// Live pages on x-live.html at https://x.com/home: infinite scroll, an SPA route change, a removed
// and re-added node, and text expanded after "Show more" — each post processed once.
import type { Page } from '@playwright/test';
import { expect, openPopupFor, page as pageHtml, test } from './extension';

const X_HOME = 'https://x.com/home';
const TWEETS = 'article[data-testid="tweet"]:not(article article)';

async function markedIds(x: Page): Promise<string[]> {
  return x.locator('[data-hearken-post]').evaluateAll((els) => els.map((el) => el.getAttribute('data-hearken-post') ?? ''));
}

async function expectAllMarkedOnce(x: Page): Promise<void> {
  const total = await x.locator(TWEETS).count();
  await expect(x.locator('[data-hearken-post]')).toHaveCount(total);
  const ids = await markedIds(x);
  expect(new Set(ids).size).toBe(ids.length);
  // One badge per matched post once it is near the screen, none on the others.
  for (const post of await x.locator('[data-hearken-match]').all()) {
    await post.scrollIntoViewIfNeeded();
    await expect(post.locator('[data-hearken-badge]')).toHaveCount(1);
  }
  await expect(x.locator('article[data-hearken-post]:not([data-hearken-match]) [data-hearken-badge]')).toHaveCount(0);
}

test('posts appended by scrolling are marked', async ({ context, served }) => {
  served.serve(X_HOME, pageHtml('x-live.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  await expect(x.locator('[data-hearken-post]')).toHaveCount(4);
  // Four tweets do not fill the window: append a few so there is something to scroll.
  await x.evaluate(() => (window as unknown as { appendTweets(n: number): number }).appendTweets(6));
  await expectAllMarkedOnce(x);
  for (let i = 0; i < 3; i += 1) {
    const before = await x.locator(TWEETS).count();
    await x.mouse.wheel(0, 20_000);
    await expect.poll(() => x.locator(TWEETS).count()).toBeGreaterThan(before);
  }
  await expectAllMarkedOnce(x);
  expect(await x.locator(TWEETS).count()).toBeGreaterThanOrEqual(25);
  expect(await x.locator('[data-hearken-match]').count()).toBeGreaterThan(0);
  expect(served.stray).toEqual([]);
});

test('an SPA route change marks the new timeline', async ({ context, served }) => {
  served.serve(X_HOME, pageHtml('x-live.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  await expect(x.locator('[data-hearken-post]')).toHaveCount(4);
  const before = await markedIds(x);
  await x.evaluate(() => (window as unknown as { navigateTo(p: string): void }).navigateTo('/acmecorp'));
  await expect(x).toHaveURL('https://x.com/acmecorp');
  await expect(x.locator(TWEETS)).toHaveCount(6);
  await expectAllMarkedOnce(x);
  const after = await markedIds(x);
  expect(after.filter((id) => before.includes(id))).toEqual([]);
  await x.goBack();
  await expectAllMarkedOnce(x);
});

test('a removed and re-added tweet is marked once, and its highlights go with it', async ({ context, served }) => {
  served.serve(X_HOME, pageHtml('x-live.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  const matched = x.locator('article[data-hearken-match]').first();
  await expect(matched).toBeAttached();
  const id = (await matched.getAttribute('data-hearken-post')) as string;
  const highlightSize = () => x.evaluate(() => CSS.highlights.get('hearken-match')?.size ?? 0);
  // Posts are understood in batches, and each batch's highlights go on in its own frame: wait until
  // the count stays the same for a moment.
  const settled = async (): Promise<number> => {
    const before = await highlightSize();
    await x.waitForTimeout(400);
    return before > 0 && (await highlightSize()) === before ? before : 0;
  };
  await expect.poll(settled).toBeGreaterThan(0);
  const full = await highlightSize();

  expect(await x.evaluate((tweet) => (window as unknown as { removeTweet(id: string): boolean }).removeTweet(tweet), id)).toBe(true);
  await expect(x.locator(`[data-hearken-post="${id}"]`)).toHaveCount(0);
  // The tracker drops the removed node's highlight ranges: nothing of it is kept.
  await expect.poll(highlightSize).toBeLessThan(full);

  expect(await x.evaluate((tweet) => (window as unknown as { readdTweet(id: string): boolean }).readdTweet(tweet), id)).toBe(true);
  await expect(x.locator(`[data-hearken-post="${id}"]`)).toHaveCount(1);
  await expect.poll(highlightSize).toBe(full);
  await expectAllMarkedOnce(x);
});

test('text expanded after "Show more" is read again and matched', async ({ context, served, worker }) => {
  served.serve(X_HOME, pageHtml('x-live.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  const tweet = x.locator('article[data-hearken-post="1991466047370166289"]');
  await expect(tweet).toBeAttached();
  await expect(tweet).not.toHaveAttribute('data-hearken-match', /Acme/);
  await tweet.locator('[data-testid="tweet-text-show-more-link"]').click();
  await expect(tweet).toHaveAttribute('data-hearken-match', /Acme/);
  await expect(tweet.locator('[data-hearken-badge]')).toHaveCount(1);
  const popup = await openPopupFor(context, worker, x);
  await expect(popup.locator('li.post', { hasText: 'priyabuilds' })).toHaveCount(1);
});

test('an X page with no tweets says the site may have changed', async ({ context, served, worker }) => {
  const url = 'https://x.com/acmecorp';
  served.serve(url, '<!DOCTYPE html><html><head><title>X</title></head><body><main><div>Something went wrong. Try reloading.</div></main></body></html>');
  const x = await context.newPage();
  await x.goto(url);
  const popup = await openPopupFor(context, worker, x);
  await expect(popup.locator('.popup-health')).toContainText('Hearken found no posts on this X page.');
  await expect(popup.locator('.popup-health')).toContainText('The site may have changed how it shows posts. Please report it');
});
