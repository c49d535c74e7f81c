// Sites on/off in Options reach open tabs without a reload: turning X off takes every mark,
// highlight and badge back (the page as it was without Hearken), turning it on marks again,
// also in a tab that was opened while X was off.
import type { Page } from '@playwright/test';
import { expect, page as pageHtml, test } from './extension';

const X_HOME = 'https://x.com/home';
const OURS = '[data-hearken-post], [data-hearken-match], [data-hearken-badge]';

function highlighted(tab: Page): Promise<number> {
  return tab.evaluate(() => CSS.highlights.get('hearken-match')?.size ?? 0);
}

/** The page's body markup, without the site's own live bits that change on their own. */
function bodyMarkup(tab: Page): Promise<string> {
  return tab.evaluate(() => document.body.outerHTML);
}

test('turning X off in options unmarks an open X tab without a reload, and on again marks it again', async ({ context, served, extensionId }) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const pageErrors: string[] = [];
  const open = async () => {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(X_HOME);
    return tab;
  };
  const x = await open();
  const tweets = x.locator('article[data-testid="tweet"]:not(article article)');
  const total = await tweets.count();
  await expect.poll(() => x.locator('[data-hearken-post]').count(), { timeout: 30_000 }).toBe(total);
  const marks = x.locator('[data-hearken-match]');
  const marked = await marks.count();
  expect(marked).toBeGreaterThan(0);
  // Badges go on the matched posts near the screen (the others get theirs when scrolled to).
  await expect.poll(() => x.locator('[data-hearken-badge]').count()).toBeGreaterThan(0);
  expect(await x.locator('[data-hearken-badge]').count()).toBeLessThanOrEqual(marked);
  expect(await highlighted(x)).toBeGreaterThan(0);
  // A way to tell a reload apart: it would forget this.
  await x.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  const xSwitch = options.getByRole('checkbox', { name: 'X', exact: true });
  await expect(xSwitch).toBeChecked();
  await xSwitch.uncheck();
  await options.getByRole('button', { name: 'Save the playbook' }).click();
  await expect(options.getByRole('status')).toContainText('Saved at');
  await expect(options.locator('.sync-notice')).toHaveCount(0);
  await options.screenshot({ path: 'test-results/site-toggle-options-x-off.png', fullPage: true });

  // Off: nothing of ours is left on the page, and it is the same markup as a tab opened with X off.
  await expect(x.locator(OURS)).toHaveCount(0);
  expect(await highlighted(x)).toBe(0);
  const offTab = await open();
  await expect(offTab.locator('article[data-testid="tweet"]').first()).toBeVisible();
  await offTab.waitForTimeout(1500);
  await expect(offTab.locator(OURS)).toHaveCount(0);
  expect(await bodyMarkup(x)).toBe(await bodyMarkup(offTab));
  // Posts the site adds while X is off are left alone.
  await x.evaluate(() => {
    const first = document.querySelector('article[data-testid="tweet"]');
    if (first) first.parentElement?.append(first.cloneNode(true));
  });
  await x.waitForTimeout(1000);
  await expect(x.locator(OURS)).toHaveCount(0);

  // On again: both tabs are read and marked, without a reload.
  await xSwitch.check();
  await options.getByRole('button', { name: 'Save the playbook' }).click();
  await expect.poll(() => x.locator('[data-hearken-post]').count(), { timeout: 30_000 }).toBe(total + 1);
  await expect.poll(() => offTab.locator('[data-hearken-post]').count(), { timeout: 30_000 }).toBe(total);
  await expect(offTab.locator('[data-hearken-match]')).toHaveCount(marked);
  expect(await marks.count()).toBeGreaterThanOrEqual(marked);
  await expect.poll(() => x.locator('[data-hearken-badge]').count()).toBeGreaterThan(0);
  expect(await x.locator('[data-hearken-badge]').count()).toBeLessThanOrEqual(await marks.count());
  expect(await highlighted(x)).toBeGreaterThan(0);
  expect(await x.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await options.screenshot({ path: 'test-results/site-toggle-options-x-on.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});
