// The dashboard on the built extension: events from a routed page reach it live, concurrent and
// interrupted writes lose nothing, export → clear → import round-trips in the UI, bad files are
// refused with nothing changed, and the page stays quick with 100,000 events.
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, page as pageHtml, stopServiceWorker, test } from './extension';
import { makeHistory } from './journal-history';
import type { History } from './journal-history';

const X_HOME = 'https://x.com/home';
const DAY = 86_400_000;

async function ask(extensionPage: Page, type: string, payload: unknown): Promise<{ ok: boolean; data?: Record<string, number>; error?: unknown }> {
  return extensionPage.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ hearken: 1, type, payload }), { type, payload });
}

async function journalCount(extensionPage: Page): Promise<number> {
  const reply = await ask(extensionPage, 'journal/count', {});
  if (!reply.ok) throw new Error(`journal/count failed: ${JSON.stringify(reply)}`);
  return reply.data?.events ?? -1;
}

/** Sends the history to the service worker as the content script would: batches, one message each. */
async function writeHistory(extensionPage: Page, history: History, batch = 500): Promise<void> {
  const chunk = 10 * batch;
  for (const [type, key, rows] of [
    ['posts/seen', 'posts', history.posts],
    ['journal/append', 'events', history.events],
  ] as const) {
    for (let i = 0; i < rows.length; i += chunk) {
      const failures = await extensionPage.evaluate(
        async ({ type, key, rows, batch }) => {
          const failed: string[] = [];
          for (let j = 0; j < rows.length; j += batch) {
            const reply = await chrome.runtime.sendMessage({ hearken: 1, type, payload: { [key]: rows.slice(j, j + batch) } });
            if (!reply?.ok) failed.push(JSON.stringify(reply?.error ?? reply));
          }
          return failed;
        },
        { type, key, rows: rows.slice(i, i + chunk) as unknown[], batch },
      );
      expect(failures).toEqual([]);
    }
  }
}


async function openDashboard(context: BrowserContext, extensionId: string, search = ''): Promise<Page> {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/src/ui/dashboard/index.html${search}`);
  await expect(dashboard.locator('html[data-rendered-ms]')).toBeAttached({ timeout: 60_000 });
  return dashboard;
}

const totals = (dashboard: Page) => dashboard.getByTestId('totals');

test('events from a routed page reach an open dashboard live', async ({ context, served, extensionId }) => {
  const errors: string[] = [];
  const dashboard = await openDashboard(context, extensionId);
  dashboard.on('pageerror', (error) => errors.push(error.message));
  await expect(dashboard.getByTestId('empty-journal')).toBeVisible();
  await expect(totals(dashboard)).toHaveText('In the journal: 0 events, 0 posts, 0 people.');

  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  // Every tweet read first, so the count of matches is final.
  const tweets = x.locator('article[data-testid="tweet"]:not(article article)');
  await expect(tweets.first()).toHaveAttribute('data-hearken-post', /\d+/);
  await expect(x.locator('[data-hearken-post]')).toHaveCount(await tweets.count());
  const matched = await x.locator('[data-hearken-match]').count();
  // A post naming two watch items is a mention of each.
  const mentionCount = (await x.locator('[data-hearken-match]').evaluateAll((els) => els.map((el) => el.getAttribute('data-hearken-match') ?? '')))
    .map((labels) => new Set(labels.split(',')).size)
    .reduce((a, b) => a + b, 0);

  // No reload: the dashboard's live queries see the service worker's writes.
  await expect(totals(dashboard)).toHaveText(new RegExp(`In the journal: ${matched} events, ${matched} posts, \\d+ people\\.`), { timeout: 15_000 });
  const mentions = dashboard.locator('[data-section="mentions"]');
  await expect(mentions).toBeVisible();
  const mentionsTable = mentions.getByRole('table', { name: 'Mentions and sentiment by watch item' });
  await expect(mentionsTable).toContainText('Acme');
  await expect(mentions.locator('.meaning')).toContainText(`Mentions of your watch items: ${mentionCount},`);
  // One day of data: the chart's axis shows that day and its neighbours, in order (looked at).
  await mentions.screenshot({ path: 'test-results/dashboard-one-day-mentions.png' });
  await expect(dashboard.locator('[data-section="people"]').getByRole('table').locator('tbody tr').first()).toBeVisible();
  // The filters offer the site and the watch items that are in the journal.
  await dashboard.getByRole('combobox', { name: 'Site' }).selectOption('x');
  await dashboard.getByRole('combobox', { name: 'Watch item' }).selectOption('Globex');
  await expect(dashboard).toHaveURL(/site=x&label=Globex/);
  await expect(mentionsTable.locator('tbody tr')).toHaveCount(1);
  await expect(mentionsTable.locator('tbody tr')).toContainText('Globex');
  expect(errors).toEqual([]);
  expect(served.stray).toEqual([]);
});

test('two tabs writing at once lose nothing', async ({ context, extensionId }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) await tab.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  const now = Date.now();
  const listens = (tab: string) =>
    Array.from({ length: 1000 }, (_, i) => ({
      id: `${tab}-listened-${i}`,
      kind: 'listened',
      at: now - (i % 20) * DAY,
      site: 'reddit',
      postId: `t3_${tab}${i}`,
      labels: ['Acme'],
    }));
  // Each tab sends ten batches at once, and both tabs at the same time.
  const send = (tab: Page, events: unknown[]) =>
    tab.evaluate(async (events) => {
      const batches = Array.from({ length: 10 }, (_, i) => events.slice(i * 100, i * 100 + 100));
      const replies = await Promise.all(batches.map((batch) => chrome.runtime.sendMessage({ hearken: 1, type: 'journal/append', payload: { events: batch } })));
      return replies.map((reply) => reply?.ok === true);
    }, events);
  const [a, b] = await Promise.all([send(first, listens('a')), send(second, listens('b'))]);
  expect([...a, ...b].every(Boolean)).toBe(true);
  expect(await journalCount(first)).toBe(2000);
  const dashboard = await openDashboard(context, extensionId);
  await expect(dashboard.locator('[data-section="listen"] .meaning')).toContainText('Posts listened to without replying: 2,000.');
});

test('the service worker stopped during writes loses nothing', async ({ context, served, extensionId }) => {
  served.serve(X_HOME, pageHtml('x-2000.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  // Stop the worker twice while the page's outbox is still sending its batches.
  await expect.poll(() => journalCount(watcher), { timeout: 20_000 }).toBeGreaterThan(0);
  await stopServiceWorker(context, watcher);
  await stopServiceWorker(context, watcher).catch(() => undefined);
  // Then let the page finish reading all 2,000 tweets, so the count of matches is final.
  const tweets = x.locator('article[data-testid="tweet"]:not(article article)');
  await expect.poll(() => x.locator('[data-hearken-post]').count(), { timeout: 60_000 }).toBe(await tweets.count());
  const matched = await x.locator('[data-hearken-match]').count();
  expect(matched).toBeGreaterThan(200);
  await expect.poll(() => journalCount(watcher), { timeout: 60_000 }).toBe(matched);
  const dashboard = await openDashboard(context, extensionId);
  await expect(totals(dashboard)).toContainText(`${matched.toLocaleString('en-US')} events, ${matched.toLocaleString('en-US')} posts`);
});

test('export, clear and import round-trip in the UI; a second import adds nothing; bad files change nothing', async ({
  context,
  extensionId,
}, testInfo) => {
  const writer = await context.newPage();
  await writer.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await writeHistory(writer, makeHistory(Date.now(), 42, 1500));
  const dashboard = await openDashboard(context, extensionId);
  const before = await totals(dashboard).textContent();
  const cards = dashboard.locator('.cards');
  const cardsBefore = await cards.innerText();
  expect(before).toMatch(/1,500 events/);

  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const file = testInfo.outputPath('journal.json');
  await (await download).saveAs(file);
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).tables.events).toHaveLength(1500);

  const csv = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Events as CSV' }).click();
  const csvFile = testInfo.outputPath('events.csv');
  await (await csv).saveAs(csvFile);
  expect(readFileSync(csvFile, 'utf8').trim().split('\r\n')).toHaveLength(1501);

  await dashboard.getByRole('button', { name: 'Clear all data…' }).click();
  const dialog = dashboard.getByRole('dialog', { name: 'Delete everything?' });
  await expect(dialog).toContainText('events: 1,500');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(totals(dashboard)).toHaveText(before ?? '');
  await dashboard.getByRole('button', { name: 'Clear all data…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dashboard.getByTestId('empty-journal')).toBeVisible();
  await expect(totals(dashboard)).toHaveText('In the journal: 0 events, 0 posts, 0 people.');

  const picker = dashboard.getByTestId('import-file');
  await picker.setInputFiles(file);
  await expect(dashboard.getByTestId('data-notice')).toContainText('new events 1,500');
  await expect(totals(dashboard)).toHaveText(before ?? '');
  await expect.poll(() => cards.innerText()).toBe(cardsBefore);

  await picker.setInputFiles(file);
  await expect(dashboard.getByTestId('data-notice')).toContainText('holds nothing new');
  await expect(totals(dashboard)).toHaveText(before ?? '');

  const bad: [string, string, string][] = [
    ['truncated.json', exported.slice(0, Math.floor(exported.length / 2)), 'not complete JSON'],
    ['playbook.json', readFileSync('src/core/demo-playbook.json', 'utf8'), 'not a Hearken journal export'],
    ['damaged.json', exported.replace('"kind":"seen"', '"kind":"shouted"'), 'damaged or unexpected'],
    ['empty.json', '', 'This file is empty.'],
  ];
  for (const [name, text, message] of bad) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    await picker.setInputFiles(path);
    const notice = dashboard.getByTestId('data-notice');
    await expect(notice).toContainText(message);
    await expect(notice).toContainText('Nothing was imported and your journal is unchanged.');
    await expect(totals(dashboard)).toHaveText(before ?? '');
    await expect.poll(() => cards.innerText()).toBe(cardsBefore);
  }
});

// Storage full: the service worker records it in storage.local when a journal write meets
// QuotaExceededError (unit-tested in src/background/journal-writes.test.ts; a real full disk cannot
// be made here), so the test writes that record and checks what the pages show and do with it.
const STORAGE_PROBLEM = 'journal.storageProblem';

test('a full journal is shown in the popup and the dashboard with what to do, and clears after a write succeeds', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await writeHistory(popup, makeHistory(Date.now(), 14, 300));
  const dashboard = await openDashboard(context, extensionId);
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  const since = Date.UTC(2026, 10, 24, 14, 5);
  await popup.evaluate(
    ({ key, since }) => chrome.storage.local.set({ [key]: { code: 'quota', since, lastAt: since + 60_000, failedWrites: 4 } }),
    { key: STORAGE_PROBLEM, since },
  );

  const banner = dashboard.getByRole('alert').filter({ hasText: "Hearken can't save anything new" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("the browser has had no room left for Hearken's journal. Everything saved before then is safe");
  await expect(banner).toContainText('first export your journal to a file, then keep seen posts for fewer days or clear old seen posts now');
  await expect(banner).toContainText('2026');
  await dashboard.screenshot({ path: 'test-results/dashboard-storage-full.png' });
  await banner.getByRole('button', { name: 'Export your journal' }).click();
  await expect(dashboard.getByRole('button', { name: 'Export everything (JSON)' })).toBeFocused();
  await banner.getByRole('button', { name: 'Keep fewer days or clear old posts' }).click();
  await expect(dashboard.getByRole('spinbutton', { name: 'Keep seen posts for (days)' })).toBeFocused();

  await popup.reload();
  const popupBanner = popup.getByRole('alert').filter({ hasText: "Hearken can't save anything new" });
  await expect(popupBanner).toBeVisible();
  await expect(popupBanner.getByRole('button', { name: 'Make room in the dashboard' })).toBeVisible();
  await popup.screenshot({ path: 'test-results/popup-storage-full.png' });

  // The next write that succeeds ends the problem, in every open page, without a reload.
  const at = Date.now();
  const reply = await ask(popup, 'journal/append', {
    events: [{ id: `after-full-${at}`, kind: 'listened', at, site: 'reddit', postId: 't3_after_full', labels: ['Acme'] }],
  });
  expect(reply.ok).toBe(true);
  await expect(banner).toHaveCount(0);
  await expect(popupBanner).toHaveCount(0);
  expect(await popup.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, STORAGE_PROBLEM)).toBeNull();
});

test('seen posts older than the days kept are cleared on request; the person\'s own actions stay', async ({ context, extensionId }) => {
  const writer = await context.newPage();
  await writer.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  const history = makeHistory(Date.now(), 120, 2000);
  await writeHistory(writer, history);
  const own = history.events.filter((event) => event.kind !== 'seen').length;
  const dashboard = await openDashboard(context, extensionId);
  const days = dashboard.getByRole('spinbutton', { name: 'Keep seen posts for (days)' });
  await expect(days).toHaveValue('90');
  await days.fill('0');
  await dashboard.getByRole('button', { name: 'Clear older seen posts now' }).click();
  await expect(dashboard.getByTestId('keep-days-notice')).toHaveText('Enter a whole number of days, 1 or more.');
  await days.fill('30');
  await dashboard.getByRole('button', { name: 'Clear older seen posts now' }).click();
  await expect(dashboard.getByTestId('keep-days-notice')).toHaveText(/^Cleared [\d,]+ seen posts and [\d,]+ views older than 30 days\.$/);
  const left = await journalCount(writer);
  expect(left).toBeLessThan(history.events.length);
  const kinds = await dashboard.evaluate(async () => {
    const open = indexedDB.open('hearken');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const rows = await new Promise<{ kind: string; at: number }[]>((resolve) => {
      const request = db.transaction('events').objectStore('events').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return rows;
  });
  expect(kinds.filter((event) => event.kind !== 'seen')).toHaveLength(own);
  expect(kinds.filter((event) => event.kind === 'seen' && event.at < Date.now() - 30 * DAY - 60_000)).toHaveLength(0);
  await days.fill('30');
  await dashboard.getByRole('button', { name: 'Clear older seen posts now' }).click();
  await expect(dashboard.getByTestId('keep-days-notice')).toHaveText('Nothing seen more than 30 days ago was left to clear.');
  await dashboard.reload();
  await expect(days).toHaveValue('30');
});

// A large journal renders and follows a filter change. Timings are printed, never asserted (the
// 100,000-event query times are measured by `npm run bench`); HEARKEN_DASHBOARD_EVENTS=100000
// runs it at full size.
const LARGE = Number(process.env.HEARKEN_DASHBOARD_EVENTS ?? 10_000);

test('renders a large journal and follows a filter change', async ({ context, extensionId }) => {
  test.setTimeout(600_000);
  const writer = await context.newPage();
  await writer.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  const history = makeHistory(Date.now(), 180, LARGE);
  const started = Date.now();
  await writeHistory(writer, history, 1000);
  const writeMs = Date.now() - started;
  expect(await journalCount(writer)).toBe(LARGE);

  const dashboard = await openDashboard(context, extensionId);
  const renderedMs = Number(await dashboard.locator('html').getAttribute('data-rendered-ms'));
  await expect(totals(dashboard)).toContainText(`${LARGE.toLocaleString('en-US')} events`);

  // Changing a filter: time until the page shows the new view.
  const updates = Number(await dashboard.locator('html').getAttribute('data-updates'));
  const changeStart = Date.now();
  await dashboard.getByRole('combobox', { name: 'Dates' }).selectOption('30');
  await expect(dashboard.locator(`html:not([data-updates="${updates}"])`)).toBeAttached();
  const filterMs = Date.now() - changeStart;

  // The main thread stays free: a timer scheduled now runs promptly while live updates render.
  const lag = await dashboard.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const at = performance.now();
        setTimeout(() => resolve(performance.now() - at - 10), 10);
      }),
  );
  console.log(
    `[dashboard] ${LARGE} events, ${history.posts.length} posts: written in ${writeMs} ms through the service worker; ` +
      `first full render ${renderedMs} ms after navigation; filter change ${filterMs} ms; timer lag ${Math.round(lag)} ms`,
  );
  expect(renderedMs).toBeGreaterThan(0);
});

test('screenshot of the dashboard with real data', async ({ context, served, extensionId }) => {
  const writer = await context.newPage();
  await writer.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await writeHistory(writer, makeHistory(Date.now() - DAY, 56, 9000));
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  await expect(x.locator('[data-hearken-match]').first()).toBeVisible();
  const dashboard = await openDashboard(context, extensionId);
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await expect(dashboard.locator('[data-section="mentions"] .spikes li').first()).toBeVisible();
  await dashboard.waitForTimeout(300);
  await dashboard.screenshot({ path: 'docs/screenshots/dashboard.png', fullPage: true });
});
