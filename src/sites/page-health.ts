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

/**
 * What is wrong with a page's reading, as data: the popup words it in the UI language, the CLI
 * and the self-test in English (describeHealthIssue).
 */
export type HealthIssue =
  | { code: 'no-posts' }
  | { code: 'no-authors' }
  | { code: 'no-text' }
  | { code: 'unreadable'; count: number };

export function healthIssues(adapter: SiteAdapter, url: URL, doc: Document, tally: HealthTally): HealthIssue[] {
  const { found, withoutAuthor, withoutText, unreadable } = tally;
  const issues: HealthIssue[] = [];
  if (found === 0) {
    if (adapter.expectsPosts(url, doc)) issues.push({ code: 'no-posts' });
  } else {
    const share = (missing: number): boolean => missing / found > MISSING_FIELD_LIMIT;
    const authorsShown = adapter.authorsShown?.(url, doc) ?? true;
    if (authorsShown && share(withoutAuthor)) issues.push({ code: 'no-authors' });
    if (share(withoutText)) issues.push({ code: 'no-text' });
  }
  if (unreadable > 0) issues.push({ code: 'unreadable', count: unreadable });
  return issues;
}

/** The English sentence for an issue on a page of the site named siteLabel. */
export function describeHealthIssue(issue: HealthIssue, siteLabel: string): string {
  const where = `this ${siteLabel} page`;
  switch (issue.code) {
    case 'no-posts':
      return `Hearken found no posts on ${where}; the site may have changed — report it.`;
    case 'no-authors':
      return `Hearken could not tell who wrote most posts on ${where}; the site may have changed — report it.`;
    case 'no-text':
      return `Hearken could not read the text of most posts on ${where}; the site may have changed — report it.`;
    case 'unreadable':
      return `Hearken could not read ${issue.count} post${issue.count === 1 ? '' : 's'} on ${where}; the site may have changed — report it.`;
  }
}

/** The one health verdict, for `hearken scan`, the self-test and the popup (from the content script's tally). */
export function healthOf(adapter: SiteAdapter, url: URL, doc: Document, tally: HealthTally): PageHealth {
  const problems = healthIssues(adapter, url, doc, tally).map((issue) => describeHealthIssue(issue, adapter.label));
  return { ok: problems.length === 0, found: tally.found, problems };
}
