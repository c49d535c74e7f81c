// Conformance in Chromium: every captured page in ../shared/fixtures/raw is served at its real
// address (its canonical link or og:url; a plausible address where the capture has none) with its
// own bytes and declared charset, to a copy of the build whose content script runs on every
// fixture origin (forums and Facebook are otherwise read only on sites the person adds). The
// distinct `data-hearken-post` ids on the page (shadow roots included) must equal what scanPage
// finds in Node for the same file at the same address. Page scripts are blocked by a CSP header:
// the captures' own JS would try to reach the network; the content script is not affected.
// Fragments (outerHTML captures) need no wrapper page: Chromium wraps them in html/body itself.
import type { BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedCharset } from '../src/sites/decode-html';
import { declaredUrl, scanPage } from '../src/sites/page-scan';
import { nodeReadContext } from '../src/sites/parse-html';
import { pickAdapter } from '../src/sites/registry';
import { FIXTURES_DIR as FIXTURES, fixturesPresent, listFixtures, readFixture, readFixtureBytes } from '../src/testing/fixtures';
import { buildCopy, withWatchedOrigins } from './build-copy';
import { expect, launchWithExtension, test } from './extension';

/** Captures without a declared address: where such a page lives on the site. */
const PLAUSIBLE_URL: Record<string, string> = {
  'x-selectron-home-articles-2025.html': 'https://x.com/home',
  'x-tweetyoink-tweet-fragment.html': 'https://x.com/home',
  'x-tweetyoink-quote-fragment.html': 'https://x.com/home',
  'x-tweetyoink-quote-video-fragment.html': 'https://x.com/home',
  'linkedin-nukep-activity-posts-2025.html': 'https://www.linkedin.com/in/nukep/recent-activity/all/',
  'linkedin-nukep-activity-reacts-2025.html': 'https://www.linkedin.com/in/nukep/recent-activity/reactions/',
  'reddit-new-pakcoder-comments-2025-trimmed.html': 'https://www.reddit.com/r/aivideos/comments/1ozq9xb/',
  'reddit-new-darrinmc1-post-2025.html': 'https://www.reddit.com/r/SaaS/comments/1j9b6xk/',
  'reddit-new-darrinmc1-search-2025.html': 'https://www.reddit.com/search/?q=saas',
};

/**
 * Pages whose posts a scripting browser cannot mark, with why. They still go through the
 * adapters in Node (src/sites/conformance.test.ts).
 */
const NOT_MARKABLE: Record<string, string> = {
  'discourse-onebox-meta-topic-crawlerview-2020.html':
    'the crawler view keeps its posts inside <noscript>, which a browser with scripting on holds as text: the adapter reads them from a parsed copy, so there is no page element to mark (a person with JavaScript sees the rendered topic, tested in src/sites/discourse.test.ts)',
};

interface Served {
  file: string;
  url: string;
  expected: number;
}

function plan(): Served[] {
  return listFixtures()
    .filter(({ file }) => file.endsWith('.html') && existsSync(join(FIXTURES, file)) && NOT_MARKABLE[file] === undefined)
    .map(({ file }) => {
      const html = readFixture(file);
      const probe = nodeReadContext(html, new URL('https://unknown.invalid/'));
      const url = PLAUSIBLE_URL[file] ?? declaredUrl(probe.document)?.href ?? 'https://unknown.invalid/';
      const ctx = nodeReadContext(html, new URL(url));
      return { file, url, expected: scanPage(ctx, pickAdapter(ctx.url, ctx.document)).items.length };
    });
}

test.describe('captured pages in Chromium', () => {
  test.skip(!fixturesPresent, `NOTICE: ${FIXTURES} is absent: the Chromium conformance test on captured pages is skipped.`);

  test('every captured page gets as many marked posts as scanPage finds in Node', async () => {
    test.setTimeout(240_000);
    const pages = plan();
    const origins = [...new Set(pages.map((p) => new URL(p.url).origin))];
    const dir = buildCopy('all-fixture-origins', withWatchedOrigins(origins));
    const profile = mkdtempSync(join(tmpdir(), 'hearken-fixtures-'));
    const context: BrowserContext = await launchWithExtension(profile, dir);
    try {
      const byUrl = new Map<string, string>();
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('chrome-extension://')) return route.continue();
        const file = byUrl.get(url.split('#')[0] ?? url);
        if (file === undefined) return route.abort('blockedbyclient');
        const body = readFixtureBytes(file);
        return route.fulfill({
          status: 200,
          headers: { 'content-type': `text/html; charset=${servedCharset(body)}`, 'content-security-policy': "script-src 'none'" },
          body,
        });
      });
      const page = await context.newPage();
      const results: { file: string; expected: number; marked: number }[] = [];
      for (const { file, url, expected } of pages) {
        byUrl.clear();
        byUrl.set(url, file);
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        const count = () =>
          page.evaluate(() => {
            const ids = new Set<string>();
            const visit = (root: Document | ShadowRoot) => {
              for (const el of root.querySelectorAll('*')) {
                const id = el.getAttribute('data-hearken-post');
                if (id) ids.add(id);
                if (el.shadowRoot) visit(el.shadowRoot);
              }
            };
            visit(document);
            return ids.size;
          });
        await expect.poll(count, { timeout: 10_000, message: file }).toBe(expected).catch(() => undefined);
        results.push({ file, expected, marked: await count() });
      }
      console.log(results.map((r) => `${r.file}: ${r.marked}/${r.expected}`).join('\n'));
      expect(results.filter((r) => r.marked !== r.expected)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
