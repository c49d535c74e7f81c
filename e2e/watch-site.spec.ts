// "Watch this site" in Chromium. What a test can and cannot do here:
// - Chrome's permission prompt (permissions.request) cannot be clicked by Playwright, and the
//   activeTab grant comes only from a real click on the toolbar icon. So:
// - the popup's offer is tested with a copy of the build that also has the "tabs" permission,
//   standing in for activeTab (it lets the popup read the tab's address, nothing more);
// - what happens once the site is added is tested with a copy whose content script matches the
//   forum's origin, as `scripts/demo.mjs` does: the posts are marked and the popup lists them;
// - the worker refuses to register an origin that was not granted (real message, real worker);
// - registering, injecting, stopping and re-syncing are unit-tested with a fake browser
//   (src/background/watched-sites.test.ts) and the origin logic in src/core/site-origins.test.ts.
import type { BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCopy, withWatchedOrigins } from './build-copy';
import { expect, launchWithExtension, openPopupFor, page as pageHtml, serviceWorker, servePages, test } from './extension';

const FORUM_URL = 'https://bittinurkka.example/threads/muistiinpanosovellus-acme-notes-vai-globex.48213/';
const FORUM_ORIGIN = new URL(FORUM_URL).origin;

async function withCopy(dir: string, run: (context: BrowserContext) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'hearken-watch-'));
  const context = await launchWithExtension(profile, dir);
  try {
    await run(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('an unknown forum page offers "Watch this site"; the worker refuses an origin that was not granted', async () => {
  const dir = buildCopy('tabs-permission', (manifest) => {
    manifest.permissions = [...(manifest.permissions ?? []), 'tabs'];
  });
  await withCopy(dir, async (context) => {
    const served = await servePages(context);
    served.serve(FORUM_URL, pageHtml('forum-thread.html'));
    const worker = await serviceWorker(context);
    const forum = await context.newPage();
    await forum.goto(FORUM_URL);
    await forum.waitForTimeout(500);
    // Not a site in the manifest: no content script, no marks.
    await expect(forum.locator('[data-hearken-post]')).toHaveCount(0);

    const popup = await openPopupFor(context, worker, forum);
    await expect(popup.getByRole('button', { name: 'Watch this site' })).toBeVisible();
    await expect(popup.locator('.watch-site')).toContainText("Hearken doesn't read bittinurkka.example yet");
    await popup.screenshot({ path: 'test-results/watch-site-offer.png' });

    const refused = await popup.evaluate(
      (origin) => chrome.runtime.sendMessage({ hearken: 1, type: 'sites/watch', payload: { origin } }),
      FORUM_ORIGIN,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(refused.error.message).toMatch(/no permission to read https:\/\/bittinurkka\.example/);
    const registered = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    expect(served.stray).toEqual([]);
  });
});

test('once the forum is watched, its posts are marked and the popup lists the matched ones', async () => {
  const dir = buildCopy('watched-forum', withWatchedOrigins([FORUM_ORIGIN]));
  await withCopy(dir, async (context) => {
    const served = await servePages(context);
    served.serve(FORUM_URL, pageHtml('forum-thread.html'));
    const worker = await serviceWorker(context);
    const forum = await context.newPage();
    await forum.goto(FORUM_URL);
    await expect(forum.locator('[data-hearken-post]')).toHaveCount(7);
    const matched = await forum.locator('[data-hearken-match]').count();
    expect(matched).toBeGreaterThan(0);
    const popup = await openPopupFor(context, worker, forum);
    await expect(popup.locator('li.post')).toHaveCount(matched);
    await expect(popup.getByRole('button', { name: 'Watch this site' })).toHaveCount(0);
    expect(served.stray).toEqual([]);
  });
});
