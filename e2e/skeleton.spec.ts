// The walking skeleton, end to end: page → adapter → engine → marks → messages → journal → popup.
import type { Page } from '@playwright/test';
import { expect, openPopupFor, page as pageHtml, stopServiceWorker, test } from './extension';

const X_HOME = 'https://x.com/home';

async function journalCount(extensionPage: Page): Promise<number> {
  const reply = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ hearken: 1, type: 'journal/count', payload: {} }));
  if (!reply?.ok) throw new Error(`journal/count failed: ${JSON.stringify(reply)}`);
  return reply.data.events as number;
}


test('marks matching posts on x.com, lists them in the popup and keeps the journal across a worker restart', async ({
  context,
  served,
  worker,
  extensionId,
}) => {
  expect(worker.url()).toContain(`chrome-extension://${extensionId}/`);
  const consoleErrors: string[] = [];
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  x.on('pageerror', (error) => consoleErrors.push(error.message));
  await x.goto(X_HOME);

  // Every tweet is detected; only those mentioning the watch list are marked as matches.
  const tweets = x.locator('article[data-testid="tweet"]:not(article article)');
  await expect(tweets.first()).toHaveAttribute('data-hearken-post', /\d+/);
  const total = await tweets.count();
  await expect(x.locator('[data-hearken-post]')).toHaveCount(total);
  const matched = x.locator('[data-hearken-match]');
  await expect(matched.first()).toBeVisible();
  const matchedCount = await matched.count();
  expect(matchedCount).toBeGreaterThan(0);
  expect(matchedCount).toBeLessThan(total);
  const unmatched = x.locator('article[data-hearken-post]:not([data-hearken-match])');
  expect(await unmatched.count()).toBeGreaterThan(0);
  await expect(matched.first()).toHaveAttribute('data-hearken-match', /Acme|Globex/);
  // The badge is in a (closed) shadow root; its host is ours, inside the matched post.
  await expect(matched.first().locator('[data-hearken-badge]')).toHaveCount(1);
  await expect(unmatched.first().locator('[data-hearken-badge]')).toHaveCount(0);
  // Highlights use the CSS Custom Highlight API, leaving the page's text nodes untouched.
  expect(await x.evaluate(() => CSS.highlights.get('hearken-match')?.size ?? 0)).toBeGreaterThan(0);

  // The popup lists the matched posts with why they matched.
  const popup = await openPopupFor(context, worker, x);
  const items = popup.locator('li.post');
  await expect(items).toHaveCount(matchedCount);
  await expect(items.first().locator('.post-why')).toContainText('“');

  // Opening one logs an event; the journal keeps it after the worker is stopped and restarted.
  await expect.poll(() => journalCount(popup), { timeout: 10_000 }).toBeGreaterThanOrEqual(matchedCount);
  const before = await journalCount(popup);
  await items.first().locator('button.post-open').click();
  await expect.poll(() => journalCount(popup)).toBe(before + 1);
  await stopServiceWorker(context, popup);
  // A message wakes a fresh worker (nothing from the old one's memory) that reads the same journal.
  const after = await context.newPage();
  await after.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await expect.poll(() => journalCount(after), { timeout: 15_000 }).toBe(before + 1);

  expect(consoleErrors).toEqual([]);
  expect(served.stray).toEqual([]);
});

test('refuses messages that do not come from the extension itself', async ({ context, served, worker, extensionId }) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  await expect(x.locator('[data-hearken-post]').first()).toBeAttached();

  // The page's own script cannot reach the extension: no messaging API, and a direct send fails.
  const fromPage = await x.evaluate(async (id) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no messaging API';
    try {
      return JSON.stringify(await runtime.sendMessage(id, { hearken: 1, type: 'journal/count', payload: {} }));
    } catch (error) {
      return `threw: ${(error as Error).message}`;
    }
  }, extensionId);
  expect(fromPage).not.toContain('"ok":true');

  // Malformed and unknown messages from our own pages get clear error values, never exceptions.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  const replies = await popup.evaluate(async () => [
    await chrome.runtime.sendMessage({ hello: 'world' }),
    await chrome.runtime.sendMessage({ hearken: 1, type: 'db/drop', payload: {} }),
    await chrome.runtime.sendMessage({ hearken: 1, type: 'journal/append', payload: { events: [{ id: '' }] } }),
  ]);
  expect(replies.map((reply) => reply.error?.code)).toEqual(['invalid', 'unknown-type', 'invalid']);
  expect(await worker.evaluate(() => 1 + 1)).toBe(2);
  expect(served.stray).toEqual([]);
});
