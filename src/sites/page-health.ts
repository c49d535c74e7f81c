// The health verdict of a page (did the adapter find posts, authors, text?), apart from the page
// scan so the content script can use it without the registry of every adapter.
import type { Post } from '../core/model';
import type { ReadContext, SiteAdapter } from './types';

export interface PageHealth {
  ok: boolean;
  found: number;
  problems: string[];
}

/** Share of posts that may lack a field before the page counts as changed. */
const MISSING_FIELD_LIMIT = 0.5;

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
