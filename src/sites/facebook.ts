// Facebook, old page markup only (c. 2015–2018 server HTML: div._5pcr.fbUserStory with
// .userContent). Today's React markup is not read: its class names change with every build.
import type { Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { FACEBOOK_POST_CSS, facebook as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: {
    css: FACEBOOK_POST_CSS,
    expect: { 'facebook-htmldate-page-visitaustria.html': 2 },
  },
  text: {
    css: ['.userContent'],
    expect: { 'facebook-htmldate-page-visitaustria.html': 2 },
  },
  author: { css: ['h5 .fwb a', 'h6 .fwb a', '.fwb a', 'h5 a', 'h6 a'] },
  time: { css: ['abbr[data-utime]', 'abbr._5ptz'] },
  permalink: { css: ['a._5pcq[href*="/posts/"]', 'a._5pcq[href]', 'a[href*="/posts/"]', 'a[href*="story_fbid="]', 'a[href*="/permalink/"]'] },
  storyId: { css: ['input[name="ft_ent_identifier"]'] },
  /** Interface parts inside the text: "See more" and the ellipsis shown before it. */
  chrome: { css: ['.see_more_link', '.text_exposed_hide', '.see_more_link_inner'] },
  commentBox: { css: ['.UFIAddCommentInput [contenteditable="true"]', '.UFIAddCommentInput textarea', 'textarea[name="add_comment_text"]'] },
  commentOpener: { css: ['a.comment_link', 'a[data-testid="UFI2CommentLink"]', '.UFICommentLink'] },
} as const;

function storyId(el: Element): string | null {
  const input = firstMatch(el, S.storyId.css)?.getAttribute('value');
  if (input && /^\d+$/.test(input)) return input;
  const href = firstMatch(el, S.permalink.css)?.getAttribute('href') ?? '';
  return /\/posts\/(\d+)|story_fbid=(\d+)|\/permalink\/(\d+)/.exec(href)?.slice(1).find(Boolean) ?? null;
}

/** Author links carry tracking parameters (hc_ref, fref); the profile is the path. */
function profileUrl(href: string | null | undefined, ctx: ReadContext): string | undefined {
  const url = absoluteUrl(href, ctx.url);
  if (!url) return undefined;
  const parsed = new URL(url);
  const id = parsed.pathname === '/profile.php' ? parsed.searchParams.get('id') : null;
  return `${parsed.origin}${parsed.pathname}${id ? `?id=${id}` : ''}`;
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = storyId(el);
  if (!id) return null;
  const textEl = firstMatch(el, S.text.css);
  const authorLink = firstMatch(el, S.author.css);
  const url = profileUrl(authorLink?.getAttribute('href'), ctx);
  const handle = url ? /^https:\/\/[^/]+\/([^/?]+)\/?$/.exec(url)?.[1] : undefined;
  const stamp = firstMatch(el, S.time.css);
  // Facebook's html lang is the visitor's interface language, not the post's: only a lang on the text counts.
  const lang = textEl?.closest('.userContent[lang], .userContent [lang]')?.getAttribute('lang') ?? textEl?.querySelector('[lang]')?.getAttribute('lang') ?? undefined;
  return {
    id,
    site: 'facebook',
    kind: 'post',
    author: { name: (authorLink?.textContent ?? '').trim(), ...(handle && handle !== 'profile.php' ? { handle } : {}), ...(url ? { url } : {}) },
    text: textEl ? readableText(textEl, { skip: S.chrome.css.join(',') }) : '',
    time: isoTime(stamp?.getAttribute('data-utime')),
    permalink: absoluteUrl(firstMatch(el, S.permalink.css)?.getAttribute('href'), ctx.url),
    ...(lang ? { lang } : {}),
  };
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  label: 'Facebook',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url, doc) => doc.querySelector(S.post.css.join(',')) !== null || /\/(posts|permalink|groups)\//.test(url.pathname),
  findPosts(root) {
    for (const selector of S.post.css) {
      const found = Array.from(root.querySelectorAll(selector));
      if ((root as Element).matches?.(selector)) found.unshift(root as Element);
      const outer = found.filter((el) => !el.parentElement?.closest(selector));
      if (outer.length > 0) return outer;
    }
    return [];
  },
  readPost,
  textElement: (el) => firstMatch(el, S.text.css),
  replyTarget(el): ReplyTarget {
    return { box: firstMatch(el, S.commentBox.css) as HTMLElement | null, opener: firstMatch(el, S.commentOpener.css) as HTMLElement | null };
  },
};
