// Every captured page in ../shared/fixtures/raw goes through pickAdapter + scanPage in Node, and
// must give the posts a person counts there (the `expect` counts in each adapter's selectors),
// with unique ids, readable text free of interface words, and authors.
import { describe, expect, it } from 'vitest';
import { fixturesPresent, listFixtures, readFixture } from '../testing/fixtures';
import { declaredUrl, scanPage } from './page-scan';
import { nodeReadContext } from './parse-html';
import { ADAPTERS, pickAdapter } from './registry';

/** Pages whose capture lacks author markup for most items, with the reason; health says so too. */
const AUTHORLESS: Record<string, string> = {
  'reddit-redesign-trafilatura-comments.html': 'the evaluation capture stripped every author link',
};
/** Single items whose page shows no author: the video post header of the redesign has no author link. */
const AUTHORLESS_ITEMS = new Set(['t3_aybtf7']);

/** A line that is only a control or a count, never words a person wrote. */
const INTERFACE_LINE =
  /^(?:show more|show less|show this thread|translate post|translate tweet|reply|replies|retweet|repost|reposts|quote|like|likes|share|save|report|…\s*more|\.\.\.\s*more|see more|…\s*see more|more replies|load more comments|\d[\d,.\s]*[kmb]?)$/i;

function expectedCount(file: string): number | undefined {
  for (const adapter of ADAPTERS) {
    for (const spec of Object.values(adapter.selectors)) {
      const count = spec.expect?.[file];
      if (count !== undefined) return count;
    }
  }
  return undefined;
}

function scanFixture(file: string) {
  const html = readFixture(file);
  const probe = nodeReadContext(html, new URL('https://unknown.invalid/'));
  const url = declaredUrl(probe.document) ?? probe.url;
  const ctx = { ...probe, url };
  const adapter = pickAdapter(url, ctx.document);
  return { adapter, scan: scanPage(ctx, adapter) };
}

describe.skipIf(!fixturesPresent)('site adapters on the captured real pages', () => {
  for (const { file } of listFixtures()) {
    const count = expectedCount(file);
    if (count === undefined) {
      it(`${file}: no adapter claims it yet, so it is reported as unread`, () => {
        const { scan } = scanFixture(file);
        expect(scan.items).toHaveLength(0);
        expect(scan.health.ok).toBe(false);
        expect(scan.health.problems.length).toBeGreaterThan(0);
      });
      continue;
    }
    it(`${file}: ${count} posts and comments, readable`, () => {
      const { adapter, scan } = scanFixture(file);
      expect(adapter).not.toBeNull();
      expect(scan.items.map((p) => p.id)).toHaveLength(count);
      expect(scan.health.found).toBe(count);

      const ids = scan.items.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);

      for (const post of scan.items) {
        expect(post.site).toBe(adapter?.id);
        expect(post.text.trim(), `text of ${post.id}`).not.toBe('');
        const badLines = post.text.split('\n').filter((line) => INTERFACE_LINE.test(line.trim()));
        expect(badLines, `interface words in ${post.id}`).toEqual([]);
        if (post.time !== undefined) expect(Number.isNaN(Date.parse(post.time))).toBe(false);
        if (post.parent !== undefined) expect(post.parent).not.toBe(post.id);
      }

      const authorsShown = adapter?.authorsShown?.(new URL('https://unknown.invalid/'), readDoc(file)) ?? true;
      if (AUTHORLESS[file] === undefined && authorsShown) {
        const missing = scan.items.filter((p) => !p.author.name && !p.author.handle && !AUTHORLESS_ITEMS.has(p.id));
        expect(missing.map((p) => p.id), 'posts without author').toEqual([]);
        expect(scan.health.problems).toEqual([]);
        expect(scan.health.ok).toBe(true);
      } else if (AUTHORLESS[file] !== undefined) {
        expect(scan.health.problems.join(' ')).toMatch(/could not tell who wrote/);
      }
    });
  }
});

function readDoc(file: string): Document {
  return nodeReadContext(readFixture(file), new URL('https://unknown.invalid/')).document;
}
