// Test helper: turns a captured fixture or a project-written page into the ReadContext an adapter
// gets in the browser. Fixtures are decoded with the charset they declare (the vBulletin capture
// is windows-1252, not UTF-8).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../../testing/fixtures';
import { nodeReadContext } from '../parse-html';
import type { Post } from '../../core/model';
import type { ReadContext, SiteAdapter } from '../types';

const PAGES_DIR = dirname(fileURLToPath(import.meta.url));

/** Decodes page bytes with the charset the page declares in its first bytes, UTF-8 otherwise. */
export function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    if (!declared || declared === 'utf-8' || declared === 'utf8') return utf8.decode(bytes);
  } catch {
    // mislabelled or unlabelled legacy page: fall through to windows-1252
  }
  return new TextDecoder(declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'windows-1252').decode(bytes);
}

export function fixtureContext(file: string, url: string): ReadContext {
  return nodeReadContext(decodePage(readFileSync(join(FIXTURES_DIR, file))), new URL(url));
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
