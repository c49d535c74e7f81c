// A whole page → its posts and a health verdict. Pure DOM: the CLI runs it on linkedom in Node,
// the content script on the live page.
import type { Post, SiteId } from '../core/model';
import { pickAdapter } from './registry';
import type { ReadContext, SiteAdapter } from './types';

export interface PageHealth {
  ok: boolean;
  found: number;
  problems: string[];
}

export interface PageScan {
  site: SiteId;
  items: Post[];
  health: PageHealth;
}

/**
 * The address a saved page declares: its canonical link or og:url. When both exist and differ,
 * the more specific one (longer path) wins: X's saved tweet pages say canonical /home but
 * og:url /user/status/id.
 */
export function declaredUrl(doc: Document): URL | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
    .map((href) => {
      try {
        return href ? new URL(href) : null;
      } catch {
        return null;
      }
    })
    .filter((url): url is URL => url !== null && /^https?:$/.test(url.protocol));
  candidates.sort((a, b) => b.pathname.length - a.pathname.length);
  return candidates[0] ?? null;
}

/** Share of posts that may lack a field before the page counts as changed. */
const MISSING_FIELD_LIMIT = 0.5;

export function scanPage(ctx: ReadContext, adapter: SiteAdapter | null = pickAdapter(ctx.url, ctx.document)): PageScan {
  if (!adapter) {
    return {
      site: 'unknown',
      items: [],
      health: { ok: false, found: 0, problems: ['Hearken does not know this site, so it read no posts here.'] },
    };
  }
  const items: Post[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  const containers = adapter.findPosts(ctx.document, ctx);
  for (const el of containers) {
    let post: Post | null;
    try {
      post = adapter.readPost(el, ctx);
    } catch {
      post = null;
      unreadable += 1;
    }
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    items.push(post);
  }
  return { site: adapter.id, items, health: judgeHealth(adapter, ctx, items, unreadable) };
}

/** What the health verdict needs to know about the posts read, kept as counts so a live page can keep it cheaply. */
export interface HealthTally {
  found: number;
  withoutAuthor: number;
  withoutText: number;
  unreadable: number;
}

export const lacksAuthor = (post: Post): boolean => !post.author.name && !post.author.handle;
export const lacksText = (post: Post): boolean => post.text.trim() === '';

export function judgeHealth(adapter: SiteAdapter, ctx: ReadContext, items: readonly Post[], unreadable = 0): PageHealth {
  return healthOf(adapter, ctx.url, ctx.document, {
    found: items.length,
    withoutAuthor: items.filter(lacksAuthor).length,
    withoutText: items.filter(lacksText).length,
    unreadable,
  });
}

/** The one health verdict, for `hearken scan`, the self-test and the popup (from the content script's tally). */
export function healthOf(adapter: SiteAdapter, url: URL, doc: Document, tally: HealthTally): PageHealth {
  const { found, withoutAuthor, withoutText, unreadable } = tally;
  const problems: string[] = [];
  const where = `this ${adapter.label} page`;
  if (found === 0) {
    if (adapter.expectsPosts(url, doc)) {
      problems.push(`Hearken found no posts on ${where}; the site may have changed — report it.`);
    }
  } else {
    const share = (missing: number): boolean => missing / found > MISSING_FIELD_LIMIT;
    const authorsShown = adapter.authorsShown?.(url, doc) ?? true;
    if (authorsShown && share(withoutAuthor)) {
      problems.push(`Hearken could not tell who wrote most posts on ${where}; the site may have changed — report it.`);
    }
    if (share(withoutText)) {
      problems.push(`Hearken could not read the text of most posts on ${where}; the site may have changed — report it.`);
    }
  }
  if (unreadable > 0) {
    problems.push(`Hearken could not read ${unreadable} post${unreadable === 1 ? '' : 's'} on ${where}; the site may have changed — report it.`);
  }
  return { ok: problems.length === 0, found, problems };
}
