// Hacker News: item pages, listings and comment pages, in today's markup (td.ind[indent],
// div.commtext) and the 2018 one (indent only as a spacer image width, span.commtext holding the
// reply link). Collapsed comments (coll / noshow) are still on the page and still count.
import type { Author, Post, PostKind } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { hn as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

/** Pixels per indent level in the spacer image HN used before td.ind got an indent attribute. */
const INDENT_PX = 40;

const S = {
  /** The story and every comment: what a person counts on the page. */
  post: {
    css: ['tr.athing'],
    expect: { 'hn-defuddlers-item-pkl-2024.html': 567 },
  },
  comment: {
    css: ['tr.athing.comtr'],
    expect: { 'hn-defuddlers-item-pkl-2024.html': 566 },
  },
  story: {
    css: ['tr.athing:not(.comtr)'],
    expect: { 'hn-defuddlers-item-pkl-2024.html': 1 },
  },
  /** Comment body: flagged and deleted comments have only "[flagged]" / "[deleted]" here. */
  commentBody: { css: ['.comment', '.commtext'] },
  title: { css: ['.titleline > a', 'a.storylink', 'td.title > a'] },
  storyText: { css: ['.toptext'] },
  user: { css: ['a.hnuser'] },
  age: { css: ['span.age'] },
  indent: { css: ['td.ind'] },
  /** Interface parts inside a comment body: the reply link and its wrapper. */
  chrome: { css: ['.reply'] },
  replyLink: { css: ['.reply a[href^="reply?"]', 'a[href^="reply?id="]'] },
  replyBox: { css: ['textarea[name="text"]'] },
} as const;

function isComment(row: Element): boolean {
  return row.matches('.comtr') || (row.querySelector('.comhead') !== null && firstMatch(row, S.commentBody.css) !== null && !firstMatch(row, S.title.css));
}

function indentOf(row: Element): number {
  const cell = firstMatch(row, S.indent.css);
  if (!cell) return 0;
  const declared = cell.getAttribute('indent');
  if (declared !== null && /^\d+$/.test(declared)) return Number(declared);
  const width = Number(cell.querySelector('img')?.getAttribute('width') ?? '0');
  return Number.isFinite(width) ? Math.round(width / INDENT_PX) : 0;
}

/** HN's age title is "2024-02-03T16:43:55 1706978635": UTC without a zone, then unix seconds. */
function timeOf(scope: Element): string | undefined {
  const title = firstMatch(scope, S.age.css)?.getAttribute('title');
  if (!title) return undefined;
  const [stamp, unix] = title.trim().split(/\s+/);
  if (unix && /^\d{9,11}$/.test(unix)) return isoTime(unix);
  return stamp ? isoTime(/[zZ]|[+-]\d\d:?\d\d$/.test(stamp) ? stamp : `${stamp}Z`) : undefined;
}

function authorOf(scope: Element, ctx: ReadContext): Author {
  const link = firstMatch(scope, S.user.css);
  const name = link?.textContent?.trim() ?? '';
  if (!name) return { name: '' };
  return { name, handle: name, url: absoluteUrl(link?.getAttribute('href') ?? `user?id=${name}`, ctx.url) };
}

function itemUrl(id: string, ctx: ReadContext): string | undefined {
  return absoluteUrl(`/item?id=${id}`, ctx.url);
}

/** The story at the head of an item page, or the item id in the URL. */
function pageStoryId(ctx: ReadContext): string | undefined {
  const head = ctx.document.querySelector('table.fatitem tr.athing, tr.athing.submission');
  if (head?.id && !isComment(head)) return head.id;
  return ctx.url.pathname === '/item' ? ctx.url.searchParams.get('id') ?? undefined : undefined;
}

/** The nearest earlier comment with a smaller indent; the story when the comment is top-level. */
function commentParent(row: Element, ctx: ReadContext): string | undefined {
  const own = indentOf(row);
  if (own > 0) {
    for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches('tr.athing.comtr') && indentOf(prev) < own) return prev.id || undefined;
    }
  }
  // Comment pages outside a thread (newcomments, threads, a comment's own page) link the parent.
  const parentLink = Array.from(row.querySelectorAll('.comhead a[href^="item?id="], .navs a[href^="item?id="]')).find(
    (a) => a.textContent?.trim() === 'parent',
  );
  const linked = parentLink?.getAttribute('href')?.match(/id=(\d+)/)?.[1];
  if (linked) return linked;
  const story = pageStoryId(ctx);
  return story && story !== row.id ? story : undefined;
}

function readComment(row: Element, ctx: ReadContext): Post | null {
  const id = row.id;
  if (!/^\d+$/.test(id)) return null;
  const body = firstMatch(row, S.commentBody.css);
  const parent = commentParent(row, ctx);
  return {
    id,
    site: 'hn',
    kind: 'comment',
    author: authorOf(row, ctx),
    text: body ? readableText(body, { skip: S.chrome.css.join(',') }) : '',
    time: timeOf(row),
    permalink: itemUrl(id, ctx),
    ...(parent ? { parent } : {}),
  };
}

/** The rows after a story row up to the next item: its subtext, and on item pages its text. */
function storyRows(row: Element): Element[] {
  const rows: Element[] = [];
  for (let next = row.nextElementSibling; next && !next.matches('tr.athing, tr.morespace'); next = next.nextElementSibling) rows.push(next);
  return rows;
}

function readStory(row: Element, ctx: ReadContext): Post | null {
  const id = row.id;
  if (!/^\d+$/.test(id)) return null;
  const rows = storyRows(row);
  const subtext = rows.find((r) => r.querySelector('.subtext')) ?? row;
  const title = firstMatch(row, S.title.css);
  const bodyText = storyText(row, rows);
  const text = [title ? readableText(title) : '', bodyText].filter(Boolean).join('\n\n');
  const kind: PostKind = 'post';
  return {
    id,
    site: 'hn',
    kind,
    author: authorOf(subtext, ctx),
    text,
    time: timeOf(subtext),
    permalink: itemUrl(id, ctx),
  };
}

/** Ask HN / Show HN text: div.toptext today; in 2018 a bare cell in a row after the subtext. */
function storyText(row: Element, rows: readonly Element[]): string {
  const table = row.closest('table');
  const top = table ? firstMatch(table, S.storyText.css) : null;
  if (top) return readableText(top);
  for (const r of rows) {
    if (r.querySelector('.subtext, form, textarea')) continue;
    const cell = Array.from(r.children).find((td) => !td.hasAttribute('colspan') && (td.textContent ?? '').trim() !== '');
    if (cell) return readableText(cell);
  }
  return '';
}

export const hn: SiteAdapter = {
  id: 'hn',
  label: 'Hacker News',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => /^\/(item|news|newest|front|ask|show|shownew|best|active|threads|newcomments|jobs|over|from)?$/.test(url.pathname),
  findPosts(root) {
    return S.post.css.flatMap((selector) => {
      const found = Array.from(root.querySelectorAll(selector));
      if ((root as Element).matches?.(selector)) found.unshift(root as Element);
      return found;
    });
  },
  readPost: (el, ctx) => (isComment(el) ? readComment(el, ctx) : readStory(el, ctx)),
  textElement: (el) => (isComment(el) ? firstMatch(el, S.commentBody.css) : firstMatch(el, S.title.css)),
  replyTarget(el): ReplyTarget {
    if (isComment(el)) return { box: null, opener: firstMatch(el, S.replyLink.css) as HTMLElement | null };
    // The story's own comment box sits under it on its item page; listings have none.
    const table = el.closest('table');
    return { box: (table ? firstMatch(table, S.replyBox.css) : null) as HTMLElement | null, opener: null };
  },
};
