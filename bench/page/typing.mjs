// Typing into X's reply box (the project's X timeline: a Draft.js-like editor with a live
// character counter) with and without Hearken, and with the coach open next to it. The coach is
// the side panel's page opened in a tab of its own at its extension URL, reading the X tab and
// one of its posts (Playwright cannot open Chrome's side panel; the page and its messages to the
// tab and the worker are the same).
//
// For each of 200 typed characters: the time from the keydown event to the end of the next frame
// (a requestAnimationFrame callback, then a task after it), as the person waiting for the letter
// to appear feels it. Also the page's Event Timing entries over 50 ms (slow key presses, as
// INP counts them) and, from a trace of the typing, long tasks and the extension's script time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseTrace, startTrace } from './trace.mjs';

export const TYPING_URL = 'https://x.com/home';
/** The post the coach is opened on: the tweet the reply box answers. */
const COACH_POST = '1991470577218486274';
const EDITOR = '[data-testid="tweetTextarea_0"]';
const KEY_DELAY_MS = 60;

export const TYPED = (
  'Hi Dana, offline edits in Acme Notes sync by themselves once you are back online, so there is no need to keep ' +
  'the app open. If a page still looks short, Settings > History keeps every version for 30 days. Hope that helps!'
).slice(0, 200);

function measureKeys() {
  const state = { latencies: [], slowEvents: [], maxEventMs: 0 };
  window.__typing = state;
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => state.latencies.push(performance.now() - start), 0));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.maxEventMs = Math.max(state.maxEventMs, entry.duration);
      if (entry.duration > 50) state.slowEvents.push({ name: entry.name, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One typing run. env: { launch(withExtension), serve(context, pages), setPlaybook(context, playbook), pagesDir }.
 * config: { name, playbook (null: no extension), coach (open the coach next to the tab) }.
 */
export async function typingRun(env, config) {
  const { context, close } = await env.launch(config.playbook !== null);
  try {
    if (config.playbook) await env.setPlaybook(context, config.playbook);
    await env.serve(context, { [TYPING_URL]: readFileSync(join(env.pagesDir, 'x-timeline.html'), 'utf8') });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(`(${measureKeys.toString()})();`);
    await page.goto(TYPING_URL);
    await page.waitForLoadState('load');
    if (config.playbook) {
      await page.waitForFunction((id) => document.querySelector(`article[data-hearken-post="${id}"]`) !== null, COACH_POST, { timeout: 15_000 });
    }
    let coach = null;
    if (config.coach) {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      if (!worker) throw new Error('the extension has no service worker');
      await page.bringToFront();
      const tabId = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id));
      coach = await context.newPage();
      await coach.goto(`chrome-extension://${new URL(worker.url()).host}/src/ui/sidepanel/index.html?tab=${tabId}&post=${COACH_POST}`);
      await coach.locator('#listen-title').waitFor({ state: 'visible', timeout: 15_000 });
      await page.bringToFront();
    }
    const visibility = await page.evaluate(() => document.visibilityState);
    await page.locator(EDITOR).click();
    await page.waitForTimeout(500);

    const cdp = await context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(500);
    const events = await stopTrace();
    await cdp.detach();
    const trace = analyseTrace(events, new URL(TYPING_URL).origin);
    const typing = await page.evaluate(() => window.__typing);
    const counter = await page.locator('#reply-char-count').textContent();
    const typed = await page.locator(EDITOR).innerText();
    const coachShown = coach ? await coach.locator('#listen-title').isVisible() : null;
    return {
      config: config.name,
      keys: typing.latencies.length,
      typedOk: typed.replace(/\n+$/, '') === TYPED && counter === String(280 - [...TYPED].length),
      visibility,
      coachShown,
      keyP50: percentile(typing.latencies, 50),
      keyP95: percentile(typing.latencies, 95),
      keyMax: Math.max(...typing.latencies),
      slowEvents: typing.slowEvents.length,
      maxEventMs: typing.maxEventMs,
      longTasks: trace.longTasks,
      longestTaskMs: trace.longestTaskMs,
      busyMs: trace.busyMs,
      extensionMs: trace.extensionMs,
      longestExtensionTaskMs: trace.longestExtensionTaskMs,
      errors,
    };
  } finally {
    await close();
  }
}
