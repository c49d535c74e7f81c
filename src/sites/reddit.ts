// Reddit in its three generations: new Reddit (shreddit web components with declarative shadow
// roots, search result units), the 2018–2022 React redesign, and old.reddit.com.
import type { Author, Post, PostKind } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText, shadowContent } from './dom';
import { reddit as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const BASE = 'https://www.reddit.com';

const S = {
  post: {
    css: [
      'shreddit-post, shreddit-comment, [data-testid="search-post-unit"]',
      'div.Post, div.Comment',
      'div.thing.link, div.thing.comment',
    ],
    // Posts and comments a person reads on the page. Where the count differs from SOURCES.tsv:
    // Deleted and removed comments keep their place in the thread but have no text and no
    // author left to listen to, so they are not items.
    // - pakcoder: 97 shreddit-comment include one deleted comment: 1 post + 96 comments.
    // - postlight textpost: of 13 post-containers only the page's own post counts; the rest are an
    //   ad and "more posts" cards around the conversation. Of 197 div.Comment, 24 are deleted or
    //   removed: 1 post + 173 comments.
    // - postlight video: 19 div.Comment, one removed by a moderator: 1 post + 18 comments.
    // - fingerprint: the second .usertext-body is the subreddit sidebar; the post has no comments.
    expect: {
      'reddit-new-pakcoder-comments-2025-trimmed.html': 97,
      'reddit-new-darrinmc1-post-2025.html': 1,
      'reddit-new-darrinmc1-search-2025.html': 7,
      'reddit-redesign-trafilatura-comments.html': 20,
      'reddit-redesign-postlight-textpost.html': 174,
      'reddit-redesign-postlight-video.html': 19,
      'reddit-old-blogskipper-comments-2018.html': 198,
      'reddit-old-fingerprint-post.html': 1,
    },
  },
  // new Reddit
  newTitle: { css: ['[slot="title"]'] },
  newBody: { css: ['[slot="text-body"]', '[slot="post-media-container"] [slot="text-body"]'] },
  newCommentText: { css: [':scope > [slot="comment"]', '[slot="comment"]'] },
  newCommentTime: { css: [':scope > [slot="commentMeta"] time[datetime]', ':scope > [slot="commentMeta"] faceplate-timeago[ts]'] },
  searchTitle: { css: ['[data-testid="post-title-text"]', '[data-testid="post-title"]'] },
  searchTime: { css: ['faceplate-timeago[ts]', 'time[datetime]'] },
  newReplyButton: { css: ['button[slot="reply-button"]', 'faceplate-tracker[noun="reply_comment"] button', 'button[aria-label="Reply"]'] },
  newCommentBox: { css: ['shreddit-composer', 'comment-composer-host', 'faceplate-textarea-input[name="comment"]'] },
  // 2018–2022 redesign
  rdTitle: { css: ['[data-test-id="post-content"] h1', 'h1', 'h3'] },
  rdBody: { css: ['[data-test-id="post-content"] [data-click-id="text"]', '[data-click-id="text"]', '.RichTextJSON-root'] },
  rdPostAuthor: { css: ['[data-testid="post_author_link"]', 'a[href^="/user/"]'] },
  rdCommentText: { css: ['[data-testid="comment"]', '[data-test-id="comment"]', '.RichTextJSON-root'] },
  rdCommentAuthor: { css: ['[data-testid="comment_author_link"]', 'a[href^="/user/"]'] },
  rdCommentLink: { css: ['a[id^="CommentTopMeta--Created--"]', 'a[data-testid="comment_timestamp"]'] },
  // old.reddit.com
  oldText: { css: [':scope > .entry .usertext-body .md', ':scope > .entry .usertext-body'] },
  oldTitle: { css: [':scope > .entry a.title', 'a.title'] },
  oldTime: { css: [':scope > .entry .tagline time[datetime]'] },
  oldReply: { css: [':scope > .entry .reply-button a', ':scope > .entry a[onclick*="reply"]'] },
  oldBox: { css: [':scope > .child .usertext textarea', '.commentarea > form.usertext textarea'] },
} as const;

const THING_ID = /\bt([13])_([a-z0-9]+)\b/;

/** querySelector that also works where :scope is unsupported (the selector is tried without it). */
function pick(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = el.querySelector(selector);
      if (found) return found;
    } catch {
      const found = el.querySelector(selector.replace(/^:scope\s*>\s*/, ''));
      if (found) return found;
    }
  }
  return null;
}

function user(name: string | null | undefined): Author {
  const handle = (name ?? '').replace(/^u\//, '').trim();
  // "[deleted]" is what the page shows for an account that no longer exists: a name, not a handle.
  if (!handle || handle === '[deleted]') return { name: handle };
  return { name: handle, handle, url: `${BASE}/user/${handle}/` };
}

/** A redesign author from a profile link: its text, else the name in its href (avatar links have no text). */
function linkedUser(link: Element | null): Author {
  const text = link?.textContent?.trim();
  if (text) return user(text);
  const fromHref = /\/user\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return user(fromHref ? decodeURIComponent(fromHref) : '');
}

function joinText(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

// ── new Reddit ──────────────────────────────────────────────────────────────────────────────

function readShredditPost(el: Element, _ctx: ReadContext): Post | null {
  const id = el.getAttribute('id') ?? el.getAttribute('thingid');
  if (!id?.startsWith('t3_')) return null;
  const titleEl = pick(el, S.newTitle.css);
  const title = titleEl ? readableText(titleEl) : (el.getAttribute('post-title') ?? '');
  const body = pick(el, S.newBody.css);
  const lang = el.getAttribute('post-language');
  return {
    id,
    site: 'reddit',
    kind: 'post',
    author: user(el.getAttribute('author')),
    text: joinText(title, body ? readableText(body) : ''),
    time: isoTime(el.getAttribute('created-timestamp')?.replace(/(\.\d{3})\d*/, '$1')),
    permalink: absoluteUrl(el.getAttribute('permalink'), BASE),
    ...(lang ? { lang } : {}),
  };
}

function readShredditComment(el: Element, _ctx: ReadContext): Post | null {
  const id = el.getAttribute('thingid');
  if (!id?.startsWith('t1_')) return null;
  const textEl = pick(el, S.newCommentText.css);
  if (!textEl || el.hasAttribute('is-comment-deleted')) return null; // deleted: nothing left to read
  const time = pick(el, S.newCommentTime.css);
  const depth = Number(el.getAttribute('depth') ?? '0');
  const parent = el.getAttribute('parentid') ?? el.getAttribute('postid') ?? undefined;
  const lang = textEl.getAttribute('lang');
  return {
    id,
    site: 'reddit',
    kind: depth > 0 ? 'reply' : 'comment',
    author: user(el.getAttribute('author')),
    text: readableText(textEl),
    time: isoTime(time?.getAttribute('datetime') ?? time?.getAttribute('ts')),
    permalink: absoluteUrl(el.getAttribute('permalink'), BASE),
    ...(parent ? { parent } : {}),
    ...(lang ? { lang } : {}),
  };
}

function readSearchUnit(el: Element, _ctx: ReadContext): Post | null {
  const titleEl = pick(el, S.searchTitle.css);
  const href = titleEl?.getAttribute('href') ?? el.querySelector('a[href*="/comments/"]')?.getAttribute('href');
  const fromHref = href ? /\/comments\/([a-z0-9]+)/.exec(href)?.[1] : undefined;
  const fromId = /t3_([a-z0-9]+)/.exec(titleEl?.getAttribute('id') ?? '')?.[1];
  const base36 = fromId ?? fromHref;
  if (!base36) return null;
  const time = pick(el, S.searchTime.css);
  return {
    id: `t3_${base36}`,
    site: 'reddit',
    kind: 'post',
    // Search results show the community, not who posted: the author is unknown here.
    author: { name: '' },
    text: titleEl ? readableText(titleEl) : '',
    time: isoTime(time?.getAttribute('ts')?.replace(/(\.\d{3})\d*/, '$1') ?? time?.getAttribute('datetime')),
    permalink: absoluteUrl(href, BASE),
  };
}

// ── 2018–2022 redesign ──────────────────────────────────────────────────────────────────────

function thingId(el: Element, prefix: 't1' | 't3'): string | null {
  for (const token of [el.getAttribute('id') ?? '', ...Array.from(el.classList)]) {
    const m = THING_ID.exec(token);
    if (m && `t${m[1]}` === prefix && token === `${prefix}_${m[2]}`) return token;
  }
  return null;
}

function readRedesignPost(el: Element, ctx: ReadContext): Post | null {
  const id = thingId(el, 't3');
  if (!id) return null;
  const title = pick(el, S.rdTitle.css);
  const body = pick(el, S.rdBody.css);
  const authorLink = pick(el, S.rdPostAuthor.css);
  const permalink = el.querySelector('a[data-click-id="body"], a[href*="/comments/"]')?.getAttribute('href');
  return {
    id,
    site: 'reddit',
    kind: 'post',
    author: linkedUser(authorLink),
    text: joinText(title ? readableText(title) : '', body ? readableText(body) : ''),
    permalink: absoluteUrl(permalink ?? ctx.url.pathname, BASE),
  };
}

/** The redesign draws threads flat; each comment says its level, and its parent is the nearest comment one level up. */
function commentLevel(el: Element): number {
  // The "level N" label is one of the first spans of the comment; look no further than those.
  let seen = 0;
  for (let node: Element | null = el.firstElementChild; node && seen < 8; node = nextElementInTree(node, el)) {
    if (node.tagName !== 'SPAN') continue;
    seen += 1;
    const m = /^\s*level (\d+)\s*$/.exec(node.textContent ?? '');
    if (m?.[1]) return Number(m[1]);
  }
  return 1;
}

function nextElementInTree(node: Element, root: Element): Element | null {
  if (node.firstElementChild) return node.firstElementChild;
  for (let current: Element | null = node; current && current !== root; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}

/**
 * The nearest comment before el at the given level. Comments sit in a flat list of wrappers, so
 * climb until the wrappers have earlier siblings and walk back through those.
 */
function previousAtLevel(el: Element, level: number): string | null {
  let node: Element | null = el;
  for (let climb = 0; node && climb < 8; climb += 1, node = node.parentElement) {
    let sawComment = false;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const inside = sibling.matches('div.Comment') ? [sibling] : Array.from(sibling.querySelectorAll('div.Comment'));
      for (let i = inside.length - 1; i >= 0; i -= 1) {
        sawComment = true;
        const candidate = inside[i] as Element;
        if (commentLevel(candidate) === level) return thingId(candidate, 't1');
      }
    }
    if (sawComment) return null;
  }
  return null;
}

function readRedesignComment(el: Element, ctx: ReadContext): Post | null {
  const id = thingId(el, 't1');
  if (!id) return null;
  const textEl = pick(el, S.rdCommentText.css);
  if (!textEl) return null;
  const level = commentLevel(el);
  const parent = level > 1 ? (previousAtLevel(el, level - 1) ?? undefined) : (pagePostId(ctx) ?? undefined);
  const authorLink = pick(el, S.rdCommentAuthor.css);
  const link = pick(el, S.rdCommentLink.css);
  const header = el.querySelector('[data-testid="post-comment-header"]')?.textContent?.trim() ?? '';
  const author = authorLink ? linkedUser(authorLink) : user(header.startsWith('[deleted]') ? '[deleted]' : '');
  return {
    id,
    site: 'reddit',
    kind: level > 1 ? 'reply' : 'comment',
    author,
    text: readableText(textEl),
    permalink: absoluteUrl(link?.getAttribute('href'), BASE),
    ...(parent ? { parent } : {}),
  };
}

/** The t3 id of the post a comments page is about, from its URL or its main post container. */
function pagePostId(ctx: ReadContext): string | null {
  const fromUrl = /\/comments\/([a-z0-9]+)/.exec(ctx.url.pathname)?.[1];
  if (fromUrl) return `t3_${fromUrl}`;
  const canonical = ctx.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const fromCanonical = /\/comments\/([a-z0-9]+)/.exec(canonical)?.[1];
  if (fromCanonical) return `t3_${fromCanonical}`;
  const main = ctx.document.querySelector('div.Post:not(.scrollerItem)');
  return main ? thingId(main, 't3') : null;
}

// ── old.reddit.com ──────────────────────────────────────────────────────────────────────────

function readOldThing(el: Element, ctx: ReadContext): Post | null {
  const id = el.getAttribute('data-fullname');
  if (!id || el.classList.contains('deleted')) return null;
  const isComment = id.startsWith('t1_');
  const body = pick(el, S.oldText.css);
  const title = isComment ? null : pick(el, S.oldTitle.css);
  const stamp = el.getAttribute('data-timestamp') ?? pick(el, S.oldTime.css)?.getAttribute('datetime');
  let kind: PostKind = 'post';
  let parent: string | undefined;
  if (isComment) {
    const parentThing = el.parentElement?.closest('div.thing.comment');
    parent = parentThing?.getAttribute('data-fullname') ?? el.closest('.nestedlisting')?.id.replace(/^siteTable_/, '') ?? pagePostId(ctx) ?? undefined;
    kind = parentThing ? 'reply' : 'comment';
  }
  return {
    id,
    site: 'reddit',
    kind,
    author: user(el.getAttribute('data-author')),
    text: joinText(title ? readableText(title) : '', body ? readableText(body) : ''),
    time: isoTime(stamp),
    permalink: absoluteUrl(el.getAttribute('data-permalink'), BASE),
    ...(parent ? { parent } : {}),
  };
}

// ── the adapter ─────────────────────────────────────────────────────────────────────────────

function generation(el: Element): 'new' | 'search' | 'redesign' | 'old' {
  const tag = el.tagName.toLowerCase();
  if (tag === 'shreddit-post' || tag === 'shreddit-comment') return 'new';
  if (el.getAttribute('data-testid') === 'search-post-unit') return 'search';
  if (el.classList.contains('thing')) return 'old';
  return 'redesign';
}

/** On a redesign comments page only its own post counts, not the ad and "more posts" cards around it. */
function isSidebarPost(el: Element, ctx: ReadContext): boolean {
  if (!el.classList.contains('Post')) return false;
  const own = pagePostId(ctx);
  return own !== null && thingId(el, 't3') !== own;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  label: 'Reddit',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => !/^\/(settings|message|prefs|login|register|chat)(\/|$)/.test(url.pathname),
  // Search results name the community, not the poster.
  authorsShown: (url, doc) => !url.pathname.startsWith('/search') && doc.querySelector('[data-testid="search-post-unit"]') === null,
  findPosts(root, ctx) {
    for (const selector of S.post.css) {
      const found = Array.from(root.querySelectorAll(selector));
      if ((root as Element).matches?.(selector)) found.unshift(root as Element);
      if (found.length === 0) continue;
      return found.filter((el) => !isSidebarPost(el, ctx));
    }
    return [];
  },
  readPost(el, ctx) {
    switch (generation(el)) {
      case 'new':
        return el.tagName.toLowerCase() === 'shreddit-post' ? readShredditPost(el, ctx) : readShredditComment(el, ctx);
      case 'search':
        return readSearchUnit(el, ctx);
      case 'old':
        return readOldThing(el, ctx);
      default:
        return el.classList.contains('Comment') ? readRedesignComment(el, ctx) : readRedesignPost(el, ctx);
    }
  },
  textElement(el) {
    switch (generation(el)) {
      case 'new':
        return pick(el, [...S.newCommentText.css, ...S.newBody.css]);
      case 'search':
        return pick(el, S.searchTitle.css);
      case 'old':
        return pick(el, S.oldText.css);
      default:
        return pick(el, el.classList.contains('Comment') ? S.rdCommentText.css : S.rdBody.css);
    }
  },
  replyTarget(el): ReplyTarget {
    switch (generation(el)) {
      case 'new': {
        // The reply button lives in the action row's shadow root on today's Reddit.
        const row = el.querySelector(':scope > shreddit-comment-action-row') ?? el.querySelector('shreddit-comment-action-row');
        const inShadow = row ? shadowContent(row) : null;
        const opener = (row && pick(row, S.newReplyButton.css)) ?? (inShadow ? firstMatch(inShadow, S.newReplyButton.css) : null);
        const box = el.tagName.toLowerCase() === 'shreddit-post' ? firstMatch(el.ownerDocument, S.newCommentBox.css) : null;
        return { box: box as HTMLElement | null, opener: opener as HTMLElement | null };
      }
      case 'old':
        return { box: pick(el, S.oldBox.css) as HTMLElement | null, opener: pick(el, S.oldReply.css) as HTMLElement | null };
      default:
        return { box: null, opener: null };
    }
  },
};
