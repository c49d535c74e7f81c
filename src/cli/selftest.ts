// `hearken selftest [--fixtures DIR]`: every adapter over the captured real pages (when present)
// and the project-written pages, as a table: file, site, posts found, expected, health. Exits 1
// when a page gives another count than expected: for captured pages the counts in the adapters'
// selectors, for project-written pages the counts their READMEs and tests state. Health is shown
// as the popup and `hearken scan` give it (one known capture lacks its authors and says so).
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../sites/decode-html';
import { declaredUrl, scanPage } from '../sites/page-scan';
import { nodeReadContext } from '../sites/parse-html';
import { ADAPTERS, pickAdapter } from '../sites/registry';
import type { CliIO, Subcommand } from './io';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the project-written pages are served in the e2e tests and the demo (e2e/pages/README.md). */
const PAGE_URLS: Record<string, string> = {
  'x-timeline.html': 'https://x.com/home',
  'x-live.html': 'https://x.com/home',
  'x-2000.html': 'https://x.com/home',
  'linkedin-feed.html': 'https://www.linkedin.com/feed/',
  'reddit-thread.html': 'https://www.reddit.com/r/NoteApps/comments/1p2k7qz/acme_notes_vs_globex_for_a_small_research_team/',
  'forum-thread.html': 'https://bittinurkka.example/threads/muistiinpanosovellus-acme-notes-vai-globex.48213/',
};

/** Posts a person counts on the project-written pages (e2e/pages/README.md, the adapters' tests). */
const PAGE_EXPECT: Record<string, number> = {
  'x-timeline.html': 16,
  'x-live.html': 4,
  'linkedin-feed.html': 7,
  'reddit-thread.html': 13,
  'forum-thread.html': 7,
  'discourse-topic-rendered.html': 3,
  'hn-2018-item.html': 4,
  'mastodon-status-thread.html': 4,
};

export interface SelftestRow {
  file: string;
  site: string;
  found: number;
  expected: number | null;
  health: string;
  ok: boolean;
}

/** The count a person makes on a captured page, from the adapter that claims it. */
export function expectedCount(file: string): number | null {
  for (const adapter of ADAPTERS) {
    for (const spec of Object.values(adapter.selectors)) {
      const count = spec.expect?.[file];
      if (count !== undefined) return count;
    }
  }
  return null;
}

export function checkPage(file: string, bytes: Uint8Array, url?: string): SelftestRow {
  const name = basename(file);
  const probe = nodeReadContext(decodeHtml(bytes), new URL(url ?? 'https://unknown.invalid/'));
  const pageUrl = url ? probe.url : (declaredUrl(probe.document) ?? probe.url);
  const ctx = { ...probe, url: pageUrl };
  const scan = scanPage(ctx, pickAdapter(pageUrl, ctx.document));
  const expected = expectedCount(name) ?? PAGE_EXPECT[name] ?? null;
  return {
    file,
    site: scan.site,
    found: scan.items.length,
    expected,
    health: scan.health.ok ? 'ok' : scan.health.problems.join(' '),
    ok: expected === null || scan.items.length === expected,
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((name) => name.endsWith('.html')).sort().map((name) => join(dir, name));
}

export function formatTable(rows: readonly SelftestRow[]): string[] {
  const head = ['file', 'site', 'found', 'expected', 'health'];
  const cells = rows.map((r) => [r.file, r.site, String(r.found), r.expected === null ? '—' : String(r.expected), r.ok ? r.health : `FAIL: ${r.health}`]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}

export const selftest: Subcommand = async (argv, io: CliIO) => {
  let fixtures = process.env.HEARKEN_FIXTURES ?? resolve(ROOT, '../shared/fixtures/raw');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--fixtures' && argv[i + 1]) fixtures = argv[(i += 1)] as string;
    else if (arg.startsWith('--fixtures=')) fixtures = arg.slice('--fixtures='.length);
    else {
      io.stderr(`hearken selftest: unknown argument "${arg}". Usage: hearken selftest [--fixtures DIR]`);
      return 2;
    }
  }
  const rows: SelftestRow[] = [];
  const captured = await htmlFiles(fixtures);
  if (captured.length === 0) io.stderr(`hearken selftest: no captured pages in ${fixtures}; checking the project-written pages only.`);
  for (const file of captured) rows.push(checkPage(file, await readFile(file)));
  for (const file of await htmlFiles(join(ROOT, 'e2e/pages'))) rows.push(checkPage(file, await readFile(file), PAGE_URLS[basename(file)]));
  for (const file of await htmlFiles(join(ROOT, 'src/sites/pages'))) rows.push(checkPage(file, await readFile(file)));
  for (const line of formatTable(rows.map((r) => ({ ...r, file: r.file.startsWith(ROOT) ? r.file.slice(ROOT.length + 1) : basename(r.file) })))) io.stdout(line);
  const failed = rows.filter((r) => !r.ok).length;
  io.stdout(`\n${rows.length} pages, ${rows.filter((r) => r.expected !== null).length} with an expected count, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
};
