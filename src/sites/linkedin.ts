// LinkedIn: the logged-in feed and activity pages (feed-shared-update-v2 with activity urns),
// logged-out company pages (main-feed-activity-card) and single long-form post pages.
import type { Author, Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { linkedin as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: {
    css: [
      '.feed-shared-update-v2[data-urn], div[data-urn^="urn:li:activity:"]',
      'article[data-activity-urn]',
      'article.article-grid, article.main:not([data-activity-urn])',
    ],
    // The highlighted comment inside a "liked a comment on this" update is context for that
    // update, not a post of the activity page, so a person counts the 6 updates only.
    expect: {
      'linkedin-nukep-activity-posts-2025.html': 19,
      'linkedin-nukep-activity-reacts-2025.html': 6,
      'linkedin-metascraper-company-guest-2024.html': 10,
      'linkedin-trafilatura-post-guest.html': 1,
    },
  },
  /** Comments are items of their own only on a single post's page, where they are the conversation. */
  comment: { css: ['article.comments-comment-entity[data-id^="urn:li:comment"]', 'article.comments-comment-item[data-id^="urn:li:comment"]'] },
  commentary: {
    css: [
      '.update-components-update-v2__commentary',
      '.feed-shared-update-v2__description .update-components-text',
      '[data-test-id="main-feed-activity-card__commentary"]',
      '.attributed-text-segment-list__content',
      '.update-components-text',
      '.feed-shared-text',
    ],
  },
  /** What a reshare shows of the original post; read only when the resharer added no words. */
  reshared: { css: ['.update-components-mini-update-v2', '.feed-shared-update-v2__update-content-wrapper', '.update-components-update-v2__reshared-content'] },
  actorTitle: { css: ['.update-components-actor__title span[aria-hidden="true"]', '.update-components-actor__title', '.update-components-actor__name', '.feed-shared-actor__name'] },
  actorLink: { css: ['a.update-components-actor__meta-link', 'a.update-components-actor__image', '.update-components-actor__container a[href]', 'a[data-tracking-control-name$="feed-actor-name"]'] },
  guestActor: { css: ['[data-test-id="main-feed-activity-card__entity-lockup"] a[aria-label]', '[data-test-id="main-feed-activity-card__entity-lockup"] a'] },
  articleTitle: { css: ['h1.article-title', 'h1'] },
  articleBody: { css: ['.article-body', '[itemprop="articleBody"]'] },
  articleAuthor: { css: ['.author-info a.mini-profile__title-link', '.author-info .mini-card__title a', 'a[data-tracking-control-name="author_mini-profile_title"]'] },
  articleTime: { css: ['time.article-head__timestamp', 'time'] },
  commentAuthor: { css: ['.comments-comment-meta__description-title', '.comments-post-meta__name-text span[aria-hidden="true"]', '.comments-post-meta__name-text'] },
  commentAuthorLink: { css: ['a.comments-comment-meta__description-container', 'a.comments-comment-meta__image-link', 'a.comments-post-meta__actor-link'] },
  commentText: { css: ['.comments-comment-item__main-content', '.comments-comment-entity__content'] },
  commentButton: { css: ['button[aria-label="Comment"]', 'button.comment-button', '[data-tracking-control-name$="comment-cta"]'] },
  commentBox: { css: ['.comments-comment-box .ql-editor[contenteditable="true"]', '.comments-comment-box [contenteditable="true"]', '.comments-comment-texteditor [contenteditable="true"]'] },
  replyButton: { css: ['button.comments-comment-social-bar__reply-action-button--cr', 'button.reply'] },
} as const;

const ACTIVITY_URN = /urn:li:(?:activity|ugcPost|share):(\d+)/;

function isSinglePostPage(url: URL): boolean {
  return /^\/(feed\/update|posts)\//.test(url.pathname);
}

/** LinkedIn ids carry their creation time: the top 41 bits are milliseconds since 1970. */
export function timeFromLinkedInId(id: string): string | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 22n);
  const date = new Date(ms);
  return date.getUTCFullYear() >= 2003 && ms <= Date.now() + 86_400_000 ? date.toISOString() : undefined;
}

/** A profile or company URL without tracking parameters. */
function profileUrl(href: string | null | undefined, ctx: ReadContext): string | undefined {
  const url = absoluteUrl(href, ctx.url);
  if (!url) return undefined;
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

function handleFrom(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /\/(in|company|school|showcase)\/([^/?#]+)/.exec(new URL(url).pathname);
  return m?.[2] ? decodeURIComponent(m[2]) : undefined;
}

function author(name: string, href: string | null | undefined, ctx: ReadContext): Author {
  const url = profileUrl(href, ctx);
  const handle = handleFrom(url);
  return { name: name.replace(/\s+/g, ' ').trim(), ...(handle ? { handle } : {}), ...(url ? { url } : {}) };
}

/** Text of a post that belongs to the post itself, not to the comments shown under it. */
function ownText(el: Element): string {
  for (const selector of S.commentary.css) {
    for (const candidate of Array.from(el.querySelectorAll(selector))) {
      if (candidate.closest(S.comment.css.join(',') + ', .comments-comments-list')) continue;
      const text = readableText(candidate);
      if (text) return text;
    }
  }
  return '';
}

function readUpdate(el: Element, ctx: ReadContext): Post | null {
  const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-activity-urn') ?? el.getAttribute('data-id') ?? '';
  const m = ACTIVITY_URN.exec(urn);
  if (!m?.[1]) return null; // aggregated and suggested cards carry no activity of their own
  const guest = el.hasAttribute('data-activity-urn');
  const nameEl = firstMatch(el, guest ? S.guestActor.css : S.actorTitle.css);
  const linkEl = guest ? nameEl : firstMatch(el, S.actorLink.css);
  const name = nameEl ? (nameEl.textContent ?? '') : '';
  const urnText = `urn:li:activity:${m[1]}`;
  const id = urn.startsWith('urn:li:activity:') ? urn : urnText;
  return {
    id,
    site: 'linkedin',
    kind: 'post',
    author: author(name, linkEl?.getAttribute('href'), ctx),
    text: ownText(el),
    time: timeFromLinkedInId(m[1]),
    permalink: absoluteUrl(`/feed/update/${id}/`, 'https://www.linkedin.com'),
    ...langOf(el),
  };
}

function langOf(el: Element): { lang?: string } {
  const lang = el.querySelector('[lang]')?.getAttribute('lang');
  return lang && !/^(und|zxx)$/.test(lang) ? { lang } : {};
}

function readArticle(el: Element, ctx: ReadContext): Post | null {
  const body = firstMatch(el, S.articleBody.css);
  if (!body) return null;
  const canonical = ctx.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ctx.url.href;
  const path = new URL(canonical, ctx.url).pathname.replace(/\/$/, '');
  const title = firstMatch(el, S.articleTitle.css);
  const authorLink = firstMatch(el, S.articleAuthor.css);
  const stamp = firstMatch(el, S.articleTime.css)?.textContent?.replace(/^[^\d]*?(?=[A-Z][a-z]+ \d|\d)/, '').trim();
  const lang = ctx.document.documentElement.getAttribute('lang');
  return {
    id: `linkedin:${path.replace(/^\//, '')}`,
    site: 'linkedin',
    kind: 'post',
    author: author(authorLink?.textContent ?? '', authorLink?.getAttribute('href'), ctx),
    text: [title ? readableText(title) : '', readableText(body)].filter(Boolean).join('\n\n'),
    time: stamp ? isoTime(`${stamp} UTC`) ?? isoTime(stamp) : undefined,
    permalink: new URL(canonical, ctx.url).href,
    ...(lang ? { lang } : {}),
  };
}

function readComment(el: Element, ctx: ReadContext): Post | null {
  const urn = el.getAttribute('data-id') ?? '';
  const m = /urn:li:comment:\((?:activity|ugcPost):(\d+),(\d+)\)/.exec(urn);
  if (!m?.[1] || !m[2]) return null;
  const parentComment = el.parentElement?.closest(S.comment.css.join(','));
  const parent = parentComment?.getAttribute('data-id') ?? `urn:li:activity:${m[1]}`;
  const nameEl = firstMatch(el, S.commentAuthor.css);
  const textEl = firstMatch(el, S.commentText.css);
  return {
    id: urn,
    site: 'linkedin',
    kind: parentComment ? 'reply' : 'comment',
    author: author(nameEl?.textContent ?? '', firstMatch(el, S.commentAuthorLink.css)?.getAttribute('href'), ctx),
    text: textEl ? readableText(textEl) : '',
    time: timeFromLinkedInId(m[2]),
    permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${m[1]}/?commentUrn=${encodeURIComponent(urn)}`,
    parent,
  };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) =>
    !linkedin.matchesUrl(url) || /^\/(feed|posts|pulse|company\/[^/]+\/?$|company\/[^/]+\/posts|in\/[^/]+\/recent-activity)/.test(url.pathname),
  findPosts(root, ctx) {
    let posts: Element[] = [];
    for (const selector of S.post.css) {
      const found = Array.from(root.querySelectorAll(selector));
      if ((root as Element).matches?.(selector)) found.unshift(root as Element);
      posts = found.filter((el) => !el.parentElement?.closest(selector));
      if (posts.length > 0) break;
    }
    if (!isSinglePostPage(ctx.url)) return posts;
    const comments = Array.from(root.querySelectorAll(S.comment.css.join(',')));
    return [...posts, ...comments].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  },
  readPost(el, ctx) {
    if (el.matches(S.comment.css.join(','))) return readComment(el, ctx);
    if (el.matches('article.article-grid, article.main') && !el.hasAttribute('data-activity-urn')) return readArticle(el, ctx);
    return readUpdate(el, ctx);
  },
  textElement(el) {
    if (el.matches(S.comment.css.join(','))) return firstMatch(el, S.commentText.css);
    return firstMatch(el, S.commentary.css) ?? firstMatch(el, S.articleBody.css);
  },
  replyTarget(el): ReplyTarget {
    if (el.matches(S.comment.css.join(','))) {
      return { box: null, opener: firstMatch(el, S.replyButton.css) as HTMLElement | null };
    }
    return {
      box: firstMatch(el, S.commentBox.css) as HTMLElement | null,
      opener: firstMatch(el, S.commentButton.css) as HTMLElement | null,
    };
  },
};
