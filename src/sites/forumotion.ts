// Forumotion (Forumactif, Forumieren, ForoActivo…): hosted forums on their own or custom domains,
// recognised by markup. The phpBB3-like themes (div.post#pN with .post-entry) and the phpBB2 /
// punBB-like ones (.postbody .content, .entry-content) share post ids; a "sponsored content"
// block (div#p0, author "Gesponserte Inhalte" / "Contenu sponsorisé") is an ad, not a post.
import type { Post } from '../core/model';
import { absoluteUrl, firstMatch, readableText } from './dom';
import { declaredLang, firstPost, postNumber, textOf, threadPlace } from './forum-thread';
import { forumotion as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: {
    // 4 div.post on the captured topic; the last is the sponsored block, so a person counts 3.
    css: ['div.post[id^="p"]'],
    expect: { 'forum-forumotion-wolfsrebellen-topic.html': 3 },
  },
  body: {
    css: ['.post-entry', '.postbody .content', '.entry-content', '.postbody'],
  },
  author: { css: ['.postprofile-head .popmenubutton a', '.postprofile-name a', '.postprofile dt a', 'p.author strong', '.author a', '.postprofile strong'] },
  profileLink: { css: ['.postprofile a[href^="/u"]', 'p.author a[href^="/u"]', 'a[href^="/u"]'] },
  number: { css: ['.post-info', '.postbody-head'] },
  title: { css: ['.postbody-head h3 a', 'h2.topic-title', '.post-head h2'] },
  /** Interface parts inside a body: signatures and the "back to top" footer. */
  chrome: { css: ['.signature_div', '.sig-content', '.signature', '.post-footer'] },
  /** Quotes of another member's post: their words, not the replier's, so they are left out of the text. */
  quote: { css: ['blockquote:not(.uncited)'] },
  replyOpener: { css: ['.posting-icons a[href*="mode=quote"]', 'a[href*="mode=quote"]', 'a[href*="mode=reply"]'] },
  replyBox: { css: ['#quick_reply textarea', 'form[name="post"] textarea[name="message"]', 'textarea#text_editor_textarea', 'textarea[name="message"]'] },
} as const;

function postId(el: Element): string | null {
  const id = /^p(\d+)$/.exec(el.id)?.[1];
  return id && id !== '0' ? id : null;
}

function isSponsored(el: Element): boolean {
  return el.id === 'p0' || postId(el) === null;
}

/** Forumotion topic pages: /t7-slug for page 1, /t7p15-slug for the posts from the 16th on. */
function onFirstPage(url: URL): boolean {
  return !/^\/t\d+p[1-9]\d*-/.test(url.pathname);
}

function isThreadPost(el: Element): boolean {
  return !isSponsored(el) && firstMatch(el, S.body.css) !== null;
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = postId(el);
  if (!id) return null;
  const body = firstMatch(el, S.body.css);
  const name = textOf(firstMatch(el, S.author.css));
  const profile = firstMatch(el, S.profileLink.css)?.getAttribute('href');
  const first = firstPost(ctx.document, S.post.css, isThreadPost);
  const firstPosts = first ? [{ id: postId(first) ?? '', number: postNumber(textOf(firstMatch(first, S.number.css))) }] : [];
  const place = threadPlace(id, firstPosts, onFirstPage(ctx.url));
  const title = place.kind === 'post' ? textOf(firstMatch(el, S.title.css)) : '';
  const bodyText = body ? readableText(body, { skip: [...S.chrome.css, ...S.quote.css].join(',') }) : '';
  const lang = body ? declaredLang(body) : undefined;
  return {
    id,
    site: 'forumotion',
    ...place,
    author: { name, ...(name ? { handle: name } : {}), ...(profile ? { url: absoluteUrl(profile, ctx.url) } : {}) },
    text: [title, bodyText].filter(Boolean).join('\n\n'),
    // Forumotion prints dates in the board's own words ("am 26/10/13, 03:48 pm"), never machine-readable.
    permalink: absoluteUrl(`${ctx.url.pathname}#${id}`, ctx.url),
    ...(lang ? { lang } : {}),
  };
}

export const forumotion: SiteAdapter = {
  id: 'forumotion',
  label: 'Forumotion forum',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => /^\/t\d+(p\d+)?-/.test(url.pathname),
  findPosts(root) {
    const selector = S.post.css[0];
    const found = Array.from(root.querySelectorAll(selector));
    if ((root as Element).matches?.(selector)) found.unshift(root as Element);
    return found.filter(isThreadPost);
  },
  readPost,
  textElement: (el) => firstMatch(el, S.body.css),
  replyTarget(el): ReplyTarget {
    const doc = el.ownerDocument;
    return {
      box: doc ? (firstMatch(doc, S.replyBox.css) as HTMLElement | null) : null,
      opener: firstMatch(el, S.replyOpener.css) as HTMLElement | null,
    };
  },
};
