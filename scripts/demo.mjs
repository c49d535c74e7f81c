// The demo: Chromium with the built extension on project-written pages served at the sites' real
// addresses. With a display it opens a window; without one it runs headless, saves screenshots
// to demo-output/ and prints what Hearken found.
import { chromium } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure.mjs';

export const DEMO_PAGES = [
  { name: 'X timeline', url: 'https://x.com/home', file: 'x-timeline.html' },
  { name: 'LinkedIn feed', url: 'https://www.linkedin.com/feed/', file: 'linkedin-feed.html' },
  { name: 'Reddit thread', url: 'https://www.reddit.com/r/NoteApps/comments/1p2k7qz/acme_notes_vs_globex_for_a_small_research_team/', file: 'reddit-thread.html' },
  { name: 'Forum thread', url: 'https://bittinurkka.example/threads/muistiinpanosovellus-acme-notes-vai-globex.48213/', file: 'forum-thread.html' },
];

// Forums are read only on sites the user adds ("Watch this site", an optional permission granted
// at run time, which a script cannot click through). The demo copy of the build lists the demo
// forum's address with the content script's sites instead, as if the user had added it.
const extensionDir = resolve('dist/demo');
function prepareDemoBuild() {
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(resolve('dist/chrome'), extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const forum = new URL(DEMO_PAGES.find((page) => page.file === 'forum-thread.html').url);
  manifest.content_scripts[0].matches.push(`${forum.origin}/*`);
  for (const resource of manifest.web_accessible_resources ?? []) resource.matches.push(`${forum.origin}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}
prepareDemoBuild();
const outDir = resolve('demo-output');
const headless = process.env.HEARKEN_HEADLESS === '1' || !process.env.DISPLAY || process.env.CI === 'true';
const executablePath = process.env.HEARKEN_CHROMIUM ?? ensureChromium();
const userDataDir = mkdtempSync(join(tmpdir(), 'hearken-demo-'));

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  viewport: { width: 1200, height: 900 },
  ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ],
});

const served = new Map(DEMO_PAGES.map((page) => [page.url, readFileSync(resolve('e2e/pages', page.file), 'utf8')]));
await context.route('**/*', (route) => {
  if (route.request().url().startsWith('chrome-extension://')) return route.continue();
  const html = served.get(route.request().url().split('#')[0]);
  return html === undefined
    ? route.abort('blockedbyclient')
    : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
});

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
const extensionId = new URL(worker.url()).host;

if (!headless) {
  for (const demo of DEMO_PAGES) await (await context.newPage()).goto(demo.url);
  console.log('Hearken demo is open. Click the Hearken icon in the toolbar to see the matched posts. Close the window to end.');
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 640 });
console.log(`Hearken demo (headless): screenshots go to ${outDir}\n`);
for (const [index, demo] of DEMO_PAGES.entries()) {
  const page = await context.newPage();
  await page.goto(demo.url);
  await page.waitForTimeout(1200);
  const counts = await page.evaluate(() => ({
    posts: document.querySelectorAll('[data-hearken-post]').length,
    matched: [...document.querySelectorAll('[data-hearken-match]')].map((el) => el.getAttribute('data-hearken-match')),
  }));
  const slug = `${index + 1}-${demo.file.replace(/\.html$/, '')}`;
  await page.screenshot({ path: join(outDir, `${slug}.png`) });
  await page.bringToFront();
  const tabId = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id));
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('.popup-site, .popup-empty', { timeout: 5000 }).catch(() => undefined);
  await popup.screenshot({ path: join(outDir, `${slug}-popup.png`), fullPage: true });
  console.log(`${demo.name.padEnd(14)} ${demo.url}`);
  console.log(`  posts found: ${counts.posts}, matched: ${counts.matched.length}${counts.matched.length ? ` (${counts.matched.join(' | ')})` : ''}`);
  await page.close();
}

await new Promise((done) => setTimeout(done, 1000));
const stored = await popup.evaluate(() => chrome.runtime.sendMessage({ hearken: 1, type: 'journal/count', payload: {} }));
console.log(`\nevents stored in the journal: ${stored?.ok ? stored.data.events : `unavailable (${stored?.error?.message})`}`);
await context.close();
rmSync(userDataDir, { recursive: true, force: true });
