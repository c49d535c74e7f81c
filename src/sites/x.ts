// X (Twitter): today's React markup (both the css-175oi2r and the older css-1dbjc4n class eras,
// timelines, tweet detail, X Articles) and the pre-2019 server markup (div.tweet).
import type { Author, Post, PostKind } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { isXUrl, x as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)(?:[/?#]|$)/;
/**
 * X styles tweet text with white-space: pre-wrap, so its source line breaks are the author's; the
 * divs X wraps around mentions, hashtags and links are inline-flex and never break a line.
 */
const TWEET_TEXT = { preserveBreaks: true, inlineOnly: true } as const;

/** Links are made absolute against the page when it is on X, else against x.com (saved pages, fragments). */
function base(ctx: ReadContext): URL | string {
  return isXUrl(ctx.url) ? ctx.url : 'https://x.com/';
}

const S = {
  post: {
    css: ['article[data-testid="tweet"]', 'div.tweet[data-tweet-id]'],
    // A person counts every tweet on the page; a quoted tweet is part of the post quoting it.
    // Legacy 2016: 13 div.tweet minus the empty RetweetDialog template = 12 tweets.
    expect: {
      'x-cyohei-profile-loggedin-2025.html': 10,
      'x-basilbenny-profile-2025.html': 2,
      'x-tainara-tweet-detail-2025.html': 1,
      'x-defuddle-article-2026.html': 1,
      'x-selectron-home-articles-2025.html': 5,
      'x-tweetyoink-tweet-fragment.html': 1,
      'x-tweetyoink-quote-fragment.html': 1,
      'x-tweetyoink-quote-video-fragment.html': 1,
      'x-metascraper-tweet-image-2024.html': 1,
      'x-metascraper-tweet-detail-2022.html': 7,
      'x-metascraper-tweet-image-2022.html': 6,
      'x-metascraper-tweet-gif-2022.html': 4,
      'x-metascraper-profile-2022.html': 2,
      'x-metascraper-profile-video-2023.html': 5,
      'x-legacy-metascraper-tweet-2018.html': 21,
      'x-legacy-postlight-tweet-2016.html': 12,
    },
  },
  text: { css: ['[data-testid="tweetText"]'] },
  articleTitle: { css: ['[data-testid="twitter-article-title"]'] },
  articleBody: { css: ['[data-testid="twitterArticleRichTextView"]', '[data-testid="twitterArticleReadView"]'] },
  userName: { css: ['[data-testid="User-Name"]', '[data-testid="User-Names"]'] },
  /** A quoted tweet inside a post: it belongs to the quoting post and is never read as its own. */
  quote: { css: ['div[role="link"]'] },
  replyButton: { css: ['[data-testid="reply"]'] },
  replyBox: { css: ['[data-testid="tweetTextarea_0"]', 'div[role="textbox"][contenteditable="true"]'] },
  legacyText: { css: ['.js-tweet-text'] },
  legacyTime: { css: ['._timestamp[data-time]', '[data-time]'] },
  legacyReply: { css: ['.js-actionReply', 'button.ProfileTweet-actionButton.js-actionReply'] },
} as const;

function isLegacy(el: Element): boolean {
  return el.matches('div.tweet');
}

const QUOTE = S.quote.css.join(',');

/**
 * Elements inside el that belong to the post itself, not to a tweet it quotes. Most tweets quote
 * nothing: then every match is the tweet's own, with no ancestor walk each (`quotes`: whether el
 * has a quote, when the caller knows already).
 */
function ownMatches(el: Element, selectors: readonly string[], quotes = hasQuote(el)): Element[] {
  for (const selector of selectors) {
    const all = Array.from(el.querySelectorAll(selector));
    const found = quotes
      ? all.filter((m) => {
          const quote = m.closest(QUOTE);
          return !quote || !el.contains(quote);
        })
      : all;
    if (found.length > 0) return found;
  }
  return [];
}

function hasQuote(el: Element): boolean {
  return el.querySelector(QUOTE) !== null;
}

function ownFirst(el: Element, selectors: readonly string[], quotes = hasQuote(el)): Element | null {
  return ownMatches(el, selectors, quotes)[0] ?? null;
}

/** The post's own status link: the one wrapping its time (returned too), else the first status link. */
function statusLink(el: Element, quotes = hasQuote(el)): { handle: string; id: string; href: string; time: Element | null } | null {
  const links = ownMatches(el, ['a[href*="/status/"]'], quotes);
  let time: Element | null = null;
  const withTime = links.find((a) => (time = a.querySelector('time')) !== null) ?? links[0];
  const href = withTime?.getAttribute('href') ?? '';
  const path = href.startsWith('http') ? safePath(href) : href;
  const m = STATUS_PATH.exec(path);
  return m && m[1] && m[2] ? { handle: m[1], id: m[2], href: path, time } : null;
}

function safePath(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
}

function focalStatusId(url: URL): string | undefined {
  return STATUS_PATH.exec(url.pathname)?.[2];
}

function readAuthor(el: Element, fallbackHandle: string | undefined, ctx: ReadContext, quotes: boolean): Author {
  const box = ownFirst(el, S.userName.css, quotes);
  let name = '';
  let handle = fallbackHandle;
  if (box) {
    const links = Array.from(box.querySelectorAll('a[href^="/"]'));
    const texts = links.map((a) => readableText(a));
    const nameAt = texts.findIndex((text, i) => !text.startsWith('@') && !links[i]!.querySelector('time'));
    name = nameAt === -1 ? '' : texts[nameAt]!;
    const handleText = texts.find((t) => t.startsWith('@'));
    if (handleText) handle = handleText.slice(1);
    if (!name) name = readableText(box).split('@')[0]?.trim() ?? '';
  }
  return {
    name: name || (handle ? `@${handle}` : ''),
    ...(handle ? { handle, url: absoluteUrl(`/${handle}`, base(ctx)) } : {}),
  };
}

function readText(el: Element, own: Element | null): string {
  if (own) return readableText(own, TWEET_TEXT);
  const body = firstMatch(el, S.articleBody.css);
  if (body) {
    const title = firstMatch(el, S.articleTitle.css);
    const titleText = title ? readableText(title) : '';
    return [titleText, readableText(body)].filter(Boolean).join('\n\n');
  }
  return '';
}

function readModern(el: Element, ctx: ReadContext): Post | null {
  const quotes = hasQuote(el);
  const status = statusLink(el, quotes);
  if (!status) return null; // promoted tweets and placeholders have no status link of their own
  const time = status.time ?? ownFirst(el, ['time'], quotes);
  const textEl = ownFirst(el, S.text.css, quotes);
  const text = readText(el, textEl);
  const lang = textEl?.getAttribute('lang') ?? undefined;
  const { kind, parent } = placeInConversation(el, status.id, ctx);
  return {
    id: status.id,
    site: 'x',
    kind,
    author: readAuthor(el, status.handle, ctx, quotes),
    text,
    time: isoTime(time?.getAttribute('datetime')),
    permalink: absoluteUrl(`/${status.handle}/status/${status.id}`, base(ctx)),
    ...(parent ? { parent } : {}),
    ...(lang && lang !== 'und' && lang !== 'zxx' ? { lang } : {}),
  };
}

/**
 * On a tweet detail page, tweets after the focal one answer it and tweets before it are the
 * thread it answers; on timelines only "Replying to" tells a reply apart, without its parent.
 */
const focalTweets = new WeakMap<Document, { id: string; el: Element }>();

/**
 * The focal tweet's element, remembered while it stays on the page: finding it reads every
 * tweet's link, which done for each reply would make a long conversation quadratic.
 */
function focalTweet(ctx: ReadContext, focal: string): Element | undefined {
  const cached = focalTweets.get(ctx.document);
  if (cached && cached.id === focal && cached.el.isConnected && statusLink(cached.el)?.id === focal) return cached.el;
  const found = Array.from(ctx.document.querySelectorAll(S.post.css[0])).find((a) => statusLink(a)?.id === focal);
  if (found) focalTweets.set(ctx.document, { id: focal, el: found });
  return found;
}

function placeInConversation(el: Element, id: string, ctx: ReadContext): { kind: PostKind; parent?: string } {
  const focal = focalStatusId(ctx.url);
  if (focal && focal !== id) {
    const focalEl = focalTweet(ctx, focal);
    if (focalEl && focalEl.compareDocumentPosition(el) & 4 /* FOLLOWING */) return { kind: 'reply', parent: focal };
    if (focalEl) {
      const all = Array.from(ctx.document.querySelectorAll(S.post.css[0]));
      const before = all.slice(0, all.indexOf(el));
      const previous = before.length > 0 ? statusLink(before[before.length - 1] as Element)?.id : undefined;
      return previous ? { kind: 'reply', parent: previous } : { kind: 'post' };
    }
  }
  if (focal && focal === id) {
    const all = Array.from(ctx.document.querySelectorAll(S.post.css[0]));
    const index = all.indexOf(el);
    const previous = index > 0 ? statusLink(all[index - 1] as Element)?.id : undefined;
    if (previous) return { kind: 'reply', parent: previous };
  }
  // One read of the tweet's text rules out almost every tweet before its parts are read one by one.
  const repliedTo =
    (el.textContent ?? '').includes('Replying to') &&
    Array.from(el.querySelectorAll('div[dir], span')).some((d) => /^Replying to\b/.test(d.textContent ?? ''));
  return { kind: repliedTo ? 'reply' : 'post' };
}

function readLegacy(el: Element, ctx: ReadContext): Post | null {
  const id = el.getAttribute('data-tweet-id') ?? el.getAttribute('data-item-id');
  if (!id) return null;
  const handle = el.getAttribute('data-screen-name') ?? undefined;
  const textEl = firstMatch(el, S.legacyText.css);
  const stamp = firstMatch(el, S.legacyTime.css);
  const permalinkPath = el.getAttribute('data-permalink-path') ?? (handle ? `/${handle}/status/${id}` : undefined);
  const parentId = el.getAttribute('data-has-parent-tweet') === 'true' ? el.getAttribute('data-conversation-id') : null;
  const focal = focalStatusId(ctx.url) ?? ctx.document.querySelector('.permalink-tweet[data-tweet-id]')?.getAttribute('data-tweet-id');
  let kind: PostKind = 'post';
  let parent: string | undefined;
  if (el.matches('.permalink-descendant-tweet, .descendant') && focal && focal !== id) {
    kind = 'reply';
    parent = focal;
  } else if (parentId && parentId !== id) {
    kind = 'reply';
    parent = parentId;
  } else if (el.getAttribute('data-has-parent-tweet') === 'true' && el.matches('.permalink-tweet')) {
    // The focal tweet of a thread answers the last tweet shown above it.
    const ancestors = Array.from(ctx.document.querySelectorAll('div.tweet.ancestor[data-tweet-id], .permalink-ancestor-tweet[data-tweet-id]'));
    const last = ancestors[ancestors.length - 1]?.getAttribute('data-tweet-id');
    if (last) {
      kind = 'reply';
      parent = last;
    }
  }
  const lang = textEl?.getAttribute('lang') ?? undefined;
  return {
    id,
    site: 'x',
    kind,
    author: {
      name: el.getAttribute('data-name') ?? (handle ? `@${handle}` : ''),
      ...(handle ? { handle, url: absoluteUrl(`/${handle}`, base(ctx)) } : {}),
    },
    text: textEl ? readableText(textEl, { ...TWEET_TEXT, skip: '.u-hidden, .tco-ellipsis .invisible' }) : '',
    time: isoTime(stamp?.getAttribute('data-time')),
    permalink: absoluteUrl(permalinkPath, base(ctx)),
    ...(parent ? { parent } : {}),
    ...(lang && lang !== 'und' ? { lang } : {}),
  };
}

export const x: SiteAdapter = {
  id: 'x',
  label: 'X',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => {
    if (!isXUrl(url)) return true; // chosen by its markup: tweets are on the page
    const path = url.pathname;
    // Settings, messages, compose and the login wall have no posts; everything else on X does.
    return !/^\/(settings|messages|i\/flow|login|logout|signup|compose|account)(\/|$)/.test(path) && path !== '/';
  },
  findPosts(root) {
    for (const selector of S.post.css) {
      const found = Array.from(root.querySelectorAll(selector));
      if ((root as Element).matches?.(selector)) found.unshift(root as Element);
      // A quoted tweet is never an article of its own on today's X, but make sure of it.
      const outer = found.filter((el) => !el.parentElement?.closest(selector));
      if (outer.length > 0) return outer;
    }
    return [];
  },
  readPost: (el, ctx) => (isLegacy(el) ? readLegacy(el, ctx) : readModern(el, ctx)),
  textElement: (el) => (isLegacy(el) ? firstMatch(el, S.legacyText.css) : ownFirst(el, S.text.css) ?? firstMatch(el, S.articleBody.css)),
  replyTarget(el): ReplyTarget {
    if (isLegacy(el)) return { box: null, opener: firstMatch(el, S.legacyReply.css) as HTMLElement | null };
    // Only the focal tweet of a detail page has the inline reply box under it; others open a dialog.
    const focal = el.getAttribute('tabindex') === '-1';
    return {
      box: focal ? (firstMatch(el.ownerDocument, S.replyBox.css) as HTMLElement | null) : null,
      opener: ownFirst(el, S.replyButton.css) as HTMLElement | null,
    };
  },
};
