// A whole page → its posts and a health verdict. Pure DOM: the CLI and the self-test run it on
// linkedom in Node.
import type { Post, SiteId } from '../core/model';
import { pickAdapter } from './registry';
import type { ReadContext, SiteAdapter } from './types';
import { judgeHealth, type PageHealth } from './page-health';

export { healthIssues, healthOf, judgeHealth, lacksAuthor, lacksText, type HealthIssue, type HealthTally, type PageHealth } from './page-health';

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
