// Test helper: turns a captured fixture or a project-written page into the ReadContext an adapter
// gets in the browser. Fixtures are decoded with the charset they declare (readFixture; the
// vBulletin capture is ISO-8859-1, not UTF-8).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFixture } from '../../testing/fixtures';
import { nodeReadContext } from '../parse-html';
import type { Post } from '../../core/model';
import type { ReadContext, SiteAdapter } from '../types';

const PAGES_DIR = dirname(fileURLToPath(import.meta.url));

export function fixtureContext(file: string, url: string): ReadContext {
  return nodeReadContext(readFixture(file), new URL(url));
}

export function pageContext(file: string, url: string): ReadContext {
  return nodeReadContext(readFileSync(join(PAGES_DIR, file), 'utf8'), new URL(url));
}

/** Every post an adapter reads on a page, in order, as the page scan sees them. */
export function readAll(adapter: SiteAdapter, ctx: ReadContext): Post[] {
  return adapter.findPosts(ctx.document, ctx).flatMap((el) => {
    const post = adapter.readPost(el, ctx);
    return post ? [post] : [];
  });
}

/** Interface words that must never be part of a post's text, in the fixtures' languages too. */
export const INTERFACE_WORDS =
  /^(reply|flag|share|like|quote|report|antworten|zitieren|zitat|teilen|melden|gefällt mir|mit zitat antworten|click to expand\.*|klicken zum ausklappen\.*|show more|see more|mehr anzeigen|\[[–-]\]|\d+ (points?|likes?|comments?))$/im;
