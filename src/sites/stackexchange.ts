// Stack Exchange (Stack Overflow and every site of the network): a question and its answers.
// Comments under posts are not items of their own here; the question and answers are what a
// person counts on the page.
import type { Author, Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { declaredLang } from './forum-thread';
import { stackexchange as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';


const S = {
  post: {
    css: ['#question[data-questionid], div.question[data-questionid], div.answer[data-answerid]'],
    expect: { 'so-howdoi-delete-git-branch.html': 31, 'so-howdoi-regex-xhtml-tags.html': 31 },
  },
  answer: {
    css: ['div.answer[data-answerid]'],
    expect: { 'so-howdoi-delete-git-branch.html': 30, 'so-howdoi-regex-xhtml-tags.html': 30 },
  },
  body: {
    css: ['.js-post-body', '.s-prose', '.post-text'],
    expect: { 'so-howdoi-delete-git-branch.html': 31, 'so-howdoi-regex-xhtml-tags.html': 31 },
  },
  title: { css: ['#question-header h1 a.question-hyperlink', '#question-header h1', 'h1[itemprop="name"]'] },
  /** Signatures: an edit signature may come first; the author's is .owner or the last one. */
  signature: { css: ['.post-signature'] },
  ownerSignature: { css: ['.post-signature.owner'] },
  userLink: { css: ['.user-details a[href*="/users/"]', 'a[href*="/users/"]'] },
  userName: { css: ['.user-details [itemprop="name"]', '.user-details'] },
  time: { css: ['.user-action-time .relativetime[title]', '.relativetime[title]', 'time[datetime]'] },
  questionCreated: { css: ['time[itemprop="dateCreated"][datetime]'] },
  shareLink: { css: ['a.js-share-link[href]', '.post-menu a[itemprop="url"]'] },
  /** Inside a post body: nothing to leave out today, but old pages put edit notes here. */
  chrome: { css: ['.js-post-notice button, .post-menu, .js-post-menu'] },
  replyBox: { css: ['#wmd-input', 'textarea[name="post-text"]'] },
  commentOpener: { css: ['.js-add-link.comments-link', 'a.js-add-link'] },
} as const;

function isQuestion(el: Element): boolean {
  return el.matches('#question, div.question');
}

function nativeId(el: Element): string | null {
  const q = el.getAttribute('data-questionid');
  if (q && isQuestion(el)) return `q-${q}`;
  const a = el.getAttribute('data-answerid');
  return a ? `a-${a}` : null;
}

/** The post's own signature block (owner on questions, the last one on answers). */
function authorSignature(el: Element): Element | null {
  const own = Array.from(el.querySelectorAll(S.signature.css[0])).filter((sig) => sig.closest('div.answer, #question, div.question') === el);
  return own.find((sig) => sig.matches(S.ownerSignature.css[0])) ?? own[own.length - 1] ?? null;
}

function readAuthor(sig: Element | null, ctx: ReadContext): Author {
  if (!sig) return { name: '' };
  const link = firstMatch(sig, S.userLink.css);
  const named = sig.querySelector('.user-details [itemprop="name"]');
  // Anonymous and deleted users have a plain name without a profile link.
  const name = (link?.textContent ?? named?.textContent ?? sig.querySelector('.user-details')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const href = link?.getAttribute('href');
  const handle = href?.match(/\/users\/(-?\d+)/)?.[1];
  return { name, ...(handle ? { handle } : {}), ...(href ? { url: absoluteUrl(href, ctx.url) } : {}) };
}

/** SE titles are "2020-11-19 19:57:30Z"; dateCreated has no zone but is UTC. */
function seTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const iso = value.trim().replace(' ', 'T');
  return isoTime(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
}

function readTime(el: Element, sig: Element | null, ctx: ReadContext): string | undefined {
  const stamp = sig?.querySelector('.user-action-time .relativetime[title], .relativetime[title]');
  if (stamp) return seTime(stamp.getAttribute('title'));
  const time = sig?.querySelector('time[datetime]');
  if (time) return seTime(time.getAttribute('datetime'));
  if (isQuestion(el)) return seTime(firstMatch(ctx.document, S.questionCreated.css)?.getAttribute('datetime'));
  return undefined;
}

function ownBody(el: Element): Element | null {
  for (const selector of S.body.css) {
    const body = Array.from(el.querySelectorAll(selector)).find((b) => b.closest('div.answer, #question, div.question') === el);
    if (body) return body;
  }
  return null;
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = nativeId(el);
  if (!id) return null;
  const body = ownBody(el);
  const sig = authorSignature(el);
  const question = isQuestion(el);
  const bodyText = body ? readableText(body, { skip: S.chrome.css.join(',') }) : '';
  const title = question ? firstMatch(ctx.document, S.title.css) : null;
  const text = [title ? readableText(title) : '', bodyText].filter(Boolean).join('\n\n');
  const share = firstMatch(el, S.shareLink.css)?.getAttribute('href');
  const questionEl = ctx.document.querySelector('#question[data-questionid], div.question[data-questionid]');
  const questionId = questionEl?.getAttribute('data-questionid');
  const lang = body ? declaredLang(body) : undefined;
  return {
    id,
    site: 'stackexchange',
    kind: question ? 'post' : 'reply',
    author: readAuthor(sig, ctx),
    text,
    time: readTime(el, sig, ctx),
    permalink: absoluteUrl(share ?? (question ? `/q/${id.slice(2)}` : `/a/${id.slice(2)}`), ctx.url),
    ...(!question && questionId ? { parent: `q-${questionId}` } : {}),
    ...(lang ? { lang } : {}),
  };
}

export const stackexchange: SiteAdapter = {
  id: 'stackexchange',
  label: 'Stack Exchange',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => /^\/(questions\/\d+|q\/\d+|a\/\d+)/.test(url.pathname),
  findPosts(root) {
    const selector = S.post.css[0];
    const found = Array.from(root.querySelectorAll(selector));
    if ((root as Element).matches?.(selector)) found.unshift(root as Element);
    return found;
  },
  readPost,
  textElement: ownBody,
  replyTarget(el): ReplyTarget {
    const doc = el.ownerDocument;
    // Answering is the reply to a question; an answer is answered in its comments.
    if (isQuestion(el)) return { box: doc ? (firstMatch(doc, S.replyBox.css) as HTMLElement | null) : null, opener: null };
    const opener = Array.from(el.querySelectorAll(S.commentOpener.css.join(','))).find((a) => a.closest('div.answer') === el);
    return { box: null, opener: (opener as HTMLElement | undefined) ?? null };
  },
};
