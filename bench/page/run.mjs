#!/usr/bin/env node
// `npm run bench:page`: what Hearken costs the page it runs on, in Debian's Chromium.
//
// The X-like timeline (x-live.html#virtual: cells placed and dropped as X's own timeline does, 5
// more tweets each time the scroll reaches the bottom) and the LinkedIn-like feed
// (linkedin-2000.html#scroll: 10 more posts each time) are served at their real addresses and
// scrolled through 2,000 posts (600 px a frame: a fling), without the extension (the baseline) and
// with it, with watch lists of 10 and 1,000 terms, in rounds; then each is scrolled at reading pace
// (two screens a second for 20 s), when Hearken draws its marks as posts come near. A Chrome trace
// of the scroll gives the main thread's busy time, long tasks and the extension's script time; the page's own script notes when each
// post was added, came into view and was marked. Then the site removes all but the last posts and
// the heap and DOM node counts after garbage collection show what is still held. Last, an old
// forum thread with 10,000 posts already on the page is loaded, and 200 characters are typed into
// X's reply box with the coach open next to it (typing.mjs).
//
// Needs `npm run build` first (dist/chrome). Run under the shared lock:
//   flock /tmp/hearken-e2e.lock sh -c 'npm run build >/dev/null && npm run bench:page'
// Options: --quick (X only, 10 terms, no forum, no typing), --no-forum, --forum-only, --forum-posts=N,
// --no-typing, --typing-only, --no-reading, --reading-only, --no-bundle, --site=LinkedIn (one site's scroll only),
// --rounds=N (each scroll N times, configurations taking turns; 3 unless --quick).
import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bigPlaybook, smallPlaybook } from './playbooks.mjs';
import { instrumentSource } from './instrument.mjs';
import { analyseTrace, startTrace } from './trace.mjs';
import { FORUM_POST, FORUM_URL, forumThreadWith } from './forum-10000.mjs';
import { contentScriptSize } from './bundle.mjs';
import { typingRun } from './typing.mjs';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
// HEARKEN_BENCH_EXTENSION: another build to measure (an older commit's, for before/after figures).
const EXTENSION_DIR = resolve(process.env.HEARKEN_BENCH_EXTENSION ?? 'dist/chrome');
const PAGES = resolve('e2e/pages');
const TARGET_POSTS = 2000;
const FORUM_POSTS = Number([...args].find((a) => a.startsWith('--forum-posts='))?.split('=')[1] ?? 10_000);
// Each scroll is run this many times, the configurations taking turns, so that a busy spell of the
// machine falls on all of them alike; every run is compared with the baseline of its own round.
const ROUNDS = Number([...args].find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? (QUICK ? 1 : 3));

const SITES = [
  {
    name: 'X',
    url: 'https://x.com/home',
    file: 'x-live.html',
    // Cells placed and dropped as X's own timeline does (see e2e/pages/README.md).
    hash: '#virtual',
    // What the site's own infinite scroll calls when the reader reaches the bottom.
    loadMore: ['appendTweets', 5],
    post: 'article[data-testid="tweet"]',
    // X drops cells it no longer shows; the cell is what the site removes.
    cell: '[data-testid="cellInnerDiv"]',
  },
  {
    name: 'LinkedIn',
    url: 'https://www.linkedin.com/feed/',
    hash: '#scroll',
    file: 'linkedin-2000.html',
    loadMore: ['appendPosts', 10],
    post: 'div.feed-shared-update-v2[role="article"]',
    cell: '.occludable-update',
  },
];

const CONFIGS = [
  { name: 'without', playbook: null },
  { name: '10 terms', playbook: smallPlaybook() },
  { name: '1,000 terms', playbook: bigPlaybook() },
];

async function launch(withExtension, extensionDir = EXTENSION_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'hearken-bench-'));
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch']
    : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.HEARKEN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions', '--disable-component-extensions-with-background-pages'] : [],
    args: [...extensionArgs, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, close };
}

async function serve(context, pages) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = pages[url.split('#')[0]];
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort('blockedbyclient');
  });
}

async function setPlaybook(context, playbook) {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await worker.evaluate((value) => chrome.storage.local.set({ playbook: value }), playbook);
}

/** Heap in use and DOM nodes after a full garbage collection. */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMB: heap.usedSize / 1048576, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function waitFor(page, predicate, arg, timeoutMs) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: timeoutMs, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

/** The site's page served at its address, with or without the extension, read and settled before a scroll. */
async function openFeed(site, config) {
  const { context, close } = await launch(config.playbook !== null);
  try {
    if (config.playbook) await setPlaybook(context, config.playbook);
    await serve(context, { [site.url]: readFileSync(join(PAGES, site.file), 'utf8') });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(instrumentSource(site.post));
    await page.goto(site.url + (site.hash ?? ''));
    await page.waitForLoadState('load');
    // The content script runs at document_idle: give it time to start before the scroll.
    if (config.playbook) await waitFor(page, () => window.__bench.settled >= window.__bench.posts, undefined, 10_000);
    await page.waitForTimeout(500);
    return { context, close, page, errors };
  } catch (error) {
    await close();
    throw error;
  }
}

async function scrollRun(site, config) {
  const { context, close, page, errors } = await openFeed(site, config);
  try {

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const stopTrace = await startTrace(cdp);
    const started = Date.now();
    let frames = 0;
    let posts = 0;
    // In rounds of 50 frames, so a stuck page ends the run instead of hanging it.
    while (posts < TARGET_POSTS && Date.now() - started < 180_000) {
      const round = await page.evaluate(async ([target, [load, count]]) => {
        let n = 0;
        while (window.__bench.posts < target && n < 50) {
          window.scrollBy(0, 600);
          // A short page cannot scroll, so its scroll handler never loads more: load as it would.
          if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 200) window[load](count);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          n += 1;
        }
        return { n, posts: window.__bench.posts };
      }, [TARGET_POSTS, site.loadMore]);
      frames += round.n;
      posts = round.posts;
      if (process.env.HEARKEN_BENCH_VERBOSE) process.stderr.write(`${posts} `);
    }
    const scrollMs = Date.now() - started;
    if (config.playbook) await waitFor(page, () => window.__bench.settled >= window.__bench.posts, undefined, 20_000);
    else await page.waitForTimeout(300);
    const events = await stopTrace();
    const trace = analyseTrace(events, new URL(site.url).origin);
    const report = await page.evaluate(() => window.__bench.report());

    const after = await memory(cdp);
    // The site drops every post but the last ten, as virtualised feeds do.
    const removed = await page.evaluate((cell) => {
      const cells = [...document.querySelectorAll(cell)];
      const drop = cells.slice(0, Math.max(0, cells.length - 10));
      for (const el of drop) el.remove();
      return drop.length;
    }, site.cell);
    await page.waitForTimeout(1500);
    await page.evaluate(() => window.__bench.stop());
    const pruned = await memory(cdp);
    await cdp.detach();
    return {
      site: site.name,
      config: config.name,
      posts: report.posts,
      frames,
      scrollMs,
      unmarked: config.playbook ? report.unmarked : null,
      goneUnread: config.playbook ? report.goneUnread : null,
      markedTwice: config.playbook ? report.markedTwice : null,
      latencyP50: percentile(report.added, 50),
      latencyP95: percentile(report.added, 95),
      inViewP95: percentile(report.visible, 95),
      ...trace,
      after,
      removed,
      pruned,
      errors,
    };
  } finally {
    await close();
  }
}

const READING_FRAMES = 1200;

/**
 * Reading pace: two screens a second (in steps each frame) for READING_FRAMES frames, the speed of
 * someone skimming a feed; the fast scroll above is a fling, during which Hearken draws nothing.
 */
async function readingRun(site, config) {
  const { context, close, page, errors } = await openFeed(site, config);
  try {
    const cdp = await context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    const started = Date.now();
    const screens = await page.evaluate(async ([frames, [load, count]]) => {
      for (let n = 0; n < frames; n += 1) {
        window.scrollBy(0, window.innerHeight / 30);
        if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 200) window[load](count);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return window.scrollY / window.innerHeight;
    }, [READING_FRAMES, site.loadMore]);
    const scrollMs = Date.now() - started;
    await page.waitForTimeout(300);
    const events = await stopTrace();
    const trace = analyseTrace(events, new URL(site.url).origin);
    const shown = await page.evaluate(() => document.querySelectorAll('[data-hearken-badge]').length);
    await cdp.detach();
    return { site: site.name, config: config.name, screens, scrollMs, shown, ...trace, errors };
  } finally {
    await close();
  }
}

/** The 10,000-post forum thread: a copy of the build that runs on the forum's origin, as "Watch this site" does. */
async function forumRun(config) {
  const copy = resolve('dist/bench-forum');
  rmSync(copy, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const origin = new URL(FORUM_URL).origin;
  manifest.content_scripts[0].matches.push(`${origin}/*`);
  for (const resource of manifest.web_accessible_resources ?? []) resource.matches.push(`${origin}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const html = forumThreadWith(FORUM_POSTS, PAGES);
  const { context, close } = await launch(config.playbook !== null, copy);
  try {
    if (config.playbook) await setPlaybook(context, config.playbook);
    await serve(context, { [FORUM_URL]: html });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(instrumentSource(FORUM_POST));
    const cdp = await context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    const started = Date.now();
    await page.goto(FORUM_URL, { timeout: 120_000 });
    await page.waitForLoadState('load');
    const loadMs = Date.now() - started;
    let allMarkedMs = null;
    if (config.playbook) {
      const done = await waitFor(page, () => window.__bench.settled >= window.__bench.posts, undefined, 120_000);
      if (done) allMarkedMs = Date.now() - started;
    } else {
      await page.waitForTimeout(1000);
    }
    // Scroll a little while the extension works, as a reader would.
    for (let i = 0; i < 20; i += 1) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(50);
    }
    const events = await stopTrace();
    const trace = analyseTrace(events, origin);
    const report = await page.evaluate(() => window.__bench.report());
    await cdp.detach();
    return { site: `Forum ${FORUM_POSTS}`, config: config.name, posts: report.posts, loadMs, allMarkedMs, unmarked: config.playbook ? report.unmarked : null, ...trace, errors, bytes: html.length };
  } finally {
    await close();
    rmSync(copy, { recursive: true, force: true });
  }
}

const fmt = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Number(n).toFixed(digits));

/** Per site and watch list (the baseline left out): each figure's values over the rounds. */
function summarise(rows) {
  const groups = new Map();
  for (const row of rows) {
    if (row.config === 'without') continue;
    const key = `${row.site}\u0000${row.config}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  const figures = ['extraCpuPct', 'extraBusyPct', 'extensionPer100', 'longTasksMadeByExtension', 'longTasksMadeByExtensionCpu', 'longestExtensionTaskMs', 'longestExtensionTaskCpuMs', 'latencyP95', 'retainedHeapMB'];
  return [...groups.values()].map((group) => ({
    site: group[0].site,
    config: group[0].config,
    ...Object.fromEntries(figures.map((f) => [f, group.map((r) => r[f]).filter((v) => typeof v === 'number' && !Number.isNaN(v))])),
  }));
}

/** "12.3 [8.1–15.0]": the median of the values and their range. */
function spread(values, digits = 1) {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return sorted.length === 1 ? fmt(middle, digits) : `${fmt(middle, digits)} [${fmt(sorted[0], digits)}–${fmt(sorted.at(-1), digits)}]`;
}

function printTable(rows, columns) {
  const widths = columns.map(([title, get]) => Math.max(title.length, ...rows.map((r) => String(get(r)).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(columns.map(([t]) => t)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map(([, get]) => get(r))));
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const only = args.has('--forum-only') || args.has('--typing-only');
  const siteName = [...args].find((a) => a.startsWith('--site='))?.split('=')[1];
  const sites = only ? [] : QUICK ? SITES.slice(0, 1) : siteName ? SITES.filter((s) => s.name.toLowerCase() === siteName.toLowerCase()) : SITES;
  if (siteName && sites.length === 0) throw new Error(`--site=${siteName}: no such site (${SITES.map((s) => s.name).join(', ')})`);
  const configs = QUICK ? CONFIGS.slice(0, 2) : CONFIGS;
  const runs = [];
  for (const site of args.has('--reading-only') ? [] : sites) {
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const config of configs) {
        process.stderr.write(`${site.name}, ${config.name}, round ${round}… `);
        const run = { round, ...(await scrollRun(site, config)) };
        process.stderr.write(`${run.posts} posts in ${run.scrollMs} ms\n`);
        runs.push(run);
      }
    }
  }
  const baseline = (site, round) => runs.find((r) => r.site === site && r.round === round && r.config === 'without');
  for (const run of runs) {
    const base = baseline(run.site, run.round);
    run.extraBusyPct = run.config === 'without' ? null : ((run.busyMs - base.busyMs) / base.busyMs) * 100;
    run.extraCpuPct = run.config === 'without' ? null : ((run.busyCpuMs - base.busyCpuMs) / base.busyCpuMs) * 100;
    run.extensionPer100 = run.config === 'without' ? null : run.extensionMs / (run.posts / 100);
    run.extensionShareOfScripting = run.config === 'without' ? null : (run.extensionMs / run.scriptingMs) * 100;
    run.heapDeltaMB = run.config === 'without' ? null : run.after.heapMB - base.after.heapMB;
    run.retainedNodes = run.config === 'without' ? null : run.pruned.nodes - base.pruned.nodes;
    run.retainedHeapMB = run.config === 'without' ? null : run.pruned.heapMB - base.pruned.heapMB;
  }
  if (runs.length > 0) console.log('\nScroll through 2,000 posts (times in ms; memory after a full GC)\n');
  if (runs.length > 0) printTable(runs, [
    ['site', (r) => r.site],
    ['watch list', (r) => r.config],
    ['round', (r) => r.round],
    ['posts', (r) => r.posts],
    ['busy', (r) => fmt(r.busyMs, 0)],
    ['+busy %', (r) => fmt(r.extraBusyPct)],
    ['cpu', (r) => fmt(r.busyCpuMs, 0)],
    ['+cpu %', (r) => fmt(r.extraCpuPct)],
    ['long>50', (r) => r.longTasks],
    ['…ext ran in', (r) => (r.config === 'without' ? '–' : r.longTasksWithExtension)],
    ['…ext ms in them', (r) => (r.config === 'without' ? '–' : fmt(r.extensionMsInLongTasks))],
    ['…made long by ext', (r) => (r.config === 'without' ? '–' : r.longTasksMadeByExtension)],
    ['long>50 cpu', (r) => r.longTasksCpu],
    ['…made long by ext, cpu', (r) => (r.config === 'without' ? '–' : r.longTasksMadeByExtensionCpu)],
    ['longest', (r) => fmt(r.longestTaskMs)],
    ['ext max/task', (r) => (r.config === 'without' ? '–' : fmt(r.longestExtensionTaskMs))],
    ['ext max/task cpu', (r) => (r.config === 'without' ? '–' : fmt(r.longestExtensionTaskCpuMs))],
    ['ext script', (r) => (r.config === 'without' ? '–' : fmt(r.extensionMs, 0))],
    ['ext/100 posts', (r) => fmt(r.extensionPer100)],
    ['ext % scripting', (r) => fmt(r.extensionShareOfScripting)],
    ['mark p50', (r) => fmt(r.latencyP50)],
    ['mark p95', (r) => fmt(r.latencyP95)],
    ['in view p95', (r) => fmt(r.inViewP95)],
    ['unmarked', (r) => r.unmarked ?? '–'],
    ['gone unread', (r) => r.goneUnread ?? '–'],
    ['heap MB', (r) => fmt(r.after.heapMB)],
    ['ext heap MB', (r) => fmt(r.heapDeltaMB)],
    ['nodes 2,000', (r) => r.after.nodes],
    ['nodes pruned', (r) => r.pruned.nodes],
    ['heap kept MB', (r) => fmt(r.retainedHeapMB)],
  ]);
  for (const r of runs) console.log(`  ${r.site}, ${r.config}, round ${r.round}: CPU time in ${r.busiest.map((b) => `${b.name} ${fmt(b.ms, 0)}`).join(', ')} ms (inclusive)`);
  const flingSummary = summarise(runs);
  if (runs.length > 0 && ROUNDS > 1) {
    console.log(`\nScroll through 2,000 posts, ${ROUNDS} rounds: median [lowest–highest] of each round against its own baseline\n`);
    printTable(flingSummary, [
      ['site', (r) => r.site],
      ['watch list', (r) => r.config],
      ['+cpu %', (r) => spread(r.extraCpuPct)],
      ['+busy %', (r) => spread(r.extraBusyPct)],
      ['ext/100 posts', (r) => spread(r.extensionPer100)],
      ['…made long by ext', (r) => spread(r.longTasksMadeByExtension, 0)],
      ['…cpu', (r) => spread(r.longTasksMadeByExtensionCpu, 0)],
      ['ext max/task', (r) => spread(r.longestExtensionTaskMs)],
      ['…cpu', (r) => spread(r.longestExtensionTaskCpuMs)],
      ['mark p95', (r) => spread(r.latencyP95)],
      ['heap kept MB', (r) => spread(r.retainedHeapMB)],
    ]);
  }

  const reading = [];
  if (!QUICK && !only && !args.has('--no-reading')) {
    for (const site of sites) {
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const config of [CONFIGS[0], CONFIGS[2]]) {
          process.stderr.write(`${site.name} at reading pace, ${config.name}, round ${round}… `);
          const run = { round, ...(await readingRun(site, config)) };
          process.stderr.write(`${run.screens.toFixed(0)} screens in ${run.scrollMs} ms\n`);
          reading.push(run);
        }
      }
    }
    for (const run of reading) {
      const base = reading.find((r) => r.site === run.site && r.round === run.round && r.config === 'without');
      run.extraCpuPct = run.config === 'without' ? null : ((run.busyCpuMs - base.busyCpuMs) / base.busyCpuMs) * 100;
    }
    console.log(`\nReading pace: two screens a second for ${READING_FRAMES} frames (times in ms)\n`);
    printTable(reading, [
      ['site', (r) => r.site],
      ['watch list', (r) => r.config],
      ['round', (r) => r.round],
      ['screens', (r) => fmt(r.screens, 0)],
      ['badges', (r) => (r.config === 'without' ? '–' : r.shown)],
      ['cpu', (r) => fmt(r.busyCpuMs, 0)],
      ['+cpu %', (r) => fmt(r.extraCpuPct)],
      ['long>50', (r) => r.longTasks],
      ['…made long by ext', (r) => (r.config === 'without' ? '–' : r.longTasksMadeByExtension)],
      ['ext max/task', (r) => (r.config === 'without' ? '–' : fmt(r.longestExtensionTaskMs))],
      ['ext script', (r) => (r.config === 'without' ? '–' : fmt(r.extensionMs, 0))],
    ]);
    for (const r of reading) console.log(`  ${r.site}, ${r.config}, round ${r.round}: CPU time in ${r.busiest.map((b) => `${b.name} ${fmt(b.ms, 0)}`).join(', ')} ms (inclusive)`);
    if (ROUNDS > 1) {
      console.log(`\nReading pace, ${ROUNDS} rounds: median [lowest–highest] of each round against its own baseline\n`);
      printTable(summarise(reading), [
        ['site', (r) => r.site],
        ['watch list', (r) => r.config],
        ['+cpu %', (r) => spread(r.extraCpuPct)],
        ['…made long by ext', (r) => spread(r.longTasksMadeByExtension, 0)],
        ['…cpu', (r) => spread(r.longTasksMadeByExtensionCpu, 0)],
        ['ext max/task', (r) => spread(r.longestExtensionTaskMs)],
        ['…cpu', (r) => spread(r.longestExtensionTaskCpuMs)],
      ]);
    }
  }

  let forum = [];
  if (!QUICK && !args.has('--no-forum') && !args.has('--typing-only')) {
    for (const config of [CONFIGS[0], CONFIGS[2]]) {
      process.stderr.write(`Forum ${FORUM_POSTS}, ${config.name}… `);
      const run = await forumRun(config);
      process.stderr.write(`${run.posts} posts\n`);
      forum.push(run);
    }
    console.log(`\nOld forum thread: ${FORUM_POSTS} posts on the page at load (times in ms)\n`);
    printTable(forum, [
      ['watch list', (r) => r.config],
      ['posts', (r) => r.posts],
      ['load', (r) => r.loadMs],
      ['all marked', (r) => r.allMarkedMs ?? '–'],
      ['busy', (r) => fmt(r.busyMs, 0)],
      ['long>50', (r) => r.longTasks],
      ['…ext ran in', (r) => (r.config === 'without' ? '–' : r.longTasksWithExtension)],
      ['…made long by ext', (r) => (r.config === 'without' ? '–' : r.longTasksMadeByExtension)],
      ['longest', (r) => fmt(r.longestTaskMs)],
      ['ext max/task', (r) => (r.config === 'without' ? '–' : fmt(r.longestExtensionTaskMs))],
      ['ext script', (r) => (r.config === 'without' ? '–' : fmt(r.extensionMs, 0))],
      ['unmarked', (r) => r.unmarked ?? '–'],
    ]);
    for (const r of forum) console.log(`  ${r.config}: CPU time in ${r.busiest.map((b) => `${b.name} ${fmt(b.ms, 0)}`).join(', ')} ms (inclusive)`);
  }

  const typing = [];
  if (!QUICK && !args.has('--no-typing') && !args.has('--forum-only')) {
    const env = { launch, serve, setPlaybook, pagesDir: PAGES };
    for (const config of [
      { name: 'without', playbook: null, coach: false },
      { name: '10 terms', playbook: CONFIGS[1].playbook, coach: false },
      { name: '10 terms, coach open', playbook: CONFIGS[1].playbook, coach: true },
    ]) {
      process.stderr.write(`Typing, ${config.name}… `);
      const run = await typingRun(env, config);
      process.stderr.write(`${run.keys} keys\n`);
      typing.push(run);
    }
    console.log(`\nTyping 200 characters into X's reply box, one every 60 ms (times in ms; key = keydown to the end of the next frame)\n`);
    printTable(typing, [
      ['extension', (r) => r.config],
      ['keys', (r) => r.keys],
      ['typed ok', (r) => (r.typedOk ? 'yes' : 'NO')],
      ['key p50', (r) => fmt(r.keyP50)],
      ['key p95', (r) => fmt(r.keyP95)],
      ['key max', (r) => fmt(r.keyMax)],
      ['events>50', (r) => r.slowEvents],
      ['longest event', (r) => fmt(r.maxEventMs, 0)],
      ['long>50', (r) => r.longTasks],
      ['longest task', (r) => fmt(r.longestTaskMs)],
      ['busy', (r) => fmt(r.busyMs, 0)],
      ['ext script', (r) => (r.config === 'without' ? '–' : fmt(r.extensionMs))],
      ['ext max/task', (r) => (r.config === 'without' ? '–' : fmt(r.longestExtensionTaskMs))],
      ['page', (r) => r.visibility],
    ]);
  }

  let bundle = null;
  if (!args.has('--no-bundle')) {
    bundle = await contentScriptSize();
    console.log(`\nContent script: ${bundle.files.length} files, ${(bundle.bytes / 1024).toFixed(1)} KB, ${(bundle.gzip / 1024).toFixed(1)} KB gzipped (${(bundle.staticGzip / 1024).toFixed(1)} KB loaded on every page + the heaviest site's adapter, ${bundle.heaviestSite})`);
    console.log(`  per site, loaded on demand: ${bundle.sites.map((x) => `${x.site} ${(x.gzip / 1024).toFixed(1)}`).join(', ')} KB gz`);
    console.log(`  loaded later, only when needed: ${bundle.later.map((x) => `${x.name} ${(x.gzip / 1024).toFixed(1)}`).join(', ')} KB gz (when the coach asks; intent and sentiment are worked out in the service worker)`);
    for (const f of bundle.files) console.log(`  ${f.file.padEnd(40)} ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gz`);
    console.log('What takes the space (gzipped share, apportioned by rendered size):');
    for (const m of bundle.top.slice(0, 15)) console.log(`  ${m.name.padEnd(48)} ${(m.gzip / 1024).toFixed(1).padStart(6)} KB`);
  }

  const summary = {
    machine: { cores: (await import('node:os')).cpus().length, cpu: (await import('node:os')).cpus()[0]?.model },
    runs: runs.map(({ after, pruned, ...r }) => ({ ...r, heapMB: after.heapMB, nodesAfter: after.nodes, nodesPruned: pruned.nodes })),
    fling: flingSummary,
    reading,
    forum,
    typing,
    bundle: bundle ? { gzipKB: bundle.gzip / 1024, staticGzipKB: bundle.staticGzip / 1024, heaviestSite: bundle.heaviestSite, laterKB: Object.fromEntries(bundle.later.map((x) => [x.name, x.gzip / 1024])), bytesKB: bundle.bytes / 1024, top: bundle.top.slice(0, 10) } : null,
  };
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
