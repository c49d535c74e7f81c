// Playwright fixtures: Debian's Chromium with the built extension loaded, pages served at their
// real addresses, and every other request refused (and recorded, so tests can assert none).
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('dist/chrome');
export const PAGES_DIR = resolve('e2e/pages');
export const FIXTURES_DIR = resolve(process.env.HEARKEN_FIXTURES ?? '../shared/fixtures/raw');

export function chromiumPath(): string {
  return process.env.HEARKEN_CHROMIUM ?? '/usr/bin/chromium';
}

/** URL → HTML served for it; anything else is aborted and recorded as a stray request. */
export type Site = Record<string, string>;

export async function launchWithExtension(userDataDir: string, extensionDir: string = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run \`npm run build\` first`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
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
}

export interface Served {
  /** Requests that were neither a served page nor the extension's own files. */
  stray: string[];
  serve(url: string, html: string): void;
}

export async function servePages(context: BrowserContext): Promise<Served> {
  const pages = new Map<string, string>();
  const stray: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files, loaded by its content script into the page.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const key = url.split('#')[0]!;
    const html = pages.get(key);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    stray.push(url);
    return route.abort('blockedbyclient');
  });
  return { stray, serve: (url, html) => pages.set(url, html) };
}

export function page(name: string): string {
  return readFileSync(join(PAGES_DIR, name), 'utf8');
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

/** The tab id of a page (its tab is brought to the front: the extension has no "tabs" permission). */
export async function tabIdOf(worker: Worker, target: Page): Promise<number> {
  await target.bringToFront();
  const id = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id));
  if (typeof id !== 'number') throw new Error('could not find the tab of the page');
  return id;
}

/** Opens the popup as a page of its own, reading the given page's tab. */
export async function openPopupFor(context: BrowserContext, worker: Worker, target: Page): Promise<Page> {
  const tabId = await tabIdOf(worker, target);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionIdOf(worker)}/src/ui/popup/index.html?tab=${tabId}`);
  return popup;
}

/**
 * Stops the extension's service worker through CDP, as Chrome does after ~30 s idle, and waits
 * until Chrome reports it stopped (it may start again at once for pending messages).
 */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  // Make sure it is running, so there is something to stop.
  await extensionPage.evaluate(() => chrome.runtime.sendMessage({ hearken: 1, type: 'journal/count', payload: {} }));
  const cdp = await context.newCDPSession(extensionPage);
  const seen = new Map<string, { scriptURL: string; statuses: Set<string> }>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      const entry = seen.get(version.versionId) ?? { scriptURL: version.scriptURL, statuses: new Set<string>() };
      entry.statuses.add(version.runningStatus);
      seen.set(version.versionId, entry);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...seen].filter(([, entry]) => entry.scriptURL.startsWith('chrome-extension://'));
  await expect.poll(() => ours().some(([, entry]) => entry.statuses.has('running'))).toBe(true);
  for (const [versionId, entry] of ours()) {
    entry.statuses.clear();
    await cdp.send('ServiceWorker.stopWorker', { versionId });
  }
  await expect.poll(() => ours().every(([, entry]) => entry.statuses.has('stopped'))).toBe(true);
  await cdp.detach();
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; worker: Worker; served: Served }>({
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'hearken-e2e-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(extensionIdOf(worker));
  },
  served: async ({ context }, use) => {
    await use(await servePages(context));
  },
});

export const expect = test.expect;
