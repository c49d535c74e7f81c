// reddit-thread.html: a new-Reddit (shreddit) comments page, following
// ../shared/fixtures/raw/reddit-new-pakcoder-comments-2025-trimmed.html (Nov 2025): shreddit-post
// with its attributes and slotted title / credit bar / text body, shreddit-comment-tree, nested
// shreddit-comment elements with slot="children-<parent>-<n>", declarative shadow roots
// (<template shadowrootmode="open">) whose slots place the light-DOM parts, and the comment
// composer (comment-composer-host > faceplate-form > shreddit-composer with a contenteditable
// div[slot="rte"]). Shadow templates keep the real slot names; their inner markup is shortened.
import { esc, avatarUri } from './common.mjs';

const SUB = 'NoteApps';
const POST_ID = '1p2k7qz';
const SLUG = 'acme_notes_vs_globex_for_a_small_research_team';
const NOW = '2025-11-20T12:00:00.000Z';
const ago = (hours) => new Date(Date.parse(NOW) - hours * 3600000).toISOString();
const permalink = `/r/${SUB}/comments/${POST_ID}/${SLUG}/`;
const commentLink = (id) => `/r/${SUB}/comments/${POST_ID}/comment/${id}/`;

/** "2025-11-20T09:00:00.000+0000", the timestamp format of shreddit attributes. */
const shredditTs = (iso) => iso.replace(/\.(\d{3})Z$/, '.$1000+0000');

function agoLabel(iso) {
  const h = Math.round((Date.parse(NOW) - Date.parse(iso)) / 3600000);
  return h < 1 ? '45m ago' : h < 24 ? `${h}h ago` : `${Math.floor(h / 24)}d ago`;
}

function longTime(iso) {
  return new Date(iso).toUTCString().replace(' GMT', ' UTC');
}

export const REDDIT_POST = {
  id: POST_ID,
  author: 'quiet_lab_rat',
  title: 'Acme Notes vs Globex for a small research team — which one actually syncs reliably?',
  time: ago(9),
  score: 148,
  body: [
    'We’re a team of six (two of us mostly in the field with bad signal) and we’re finally moving off shared Word docs.',
    'Narrowed it down to Acme Notes and Globex. Pricing is close enough that it doesn’t matter. What matters: offline edits that don’t vanish, decent search, and not losing our minds over permissions.',
    'Anyone here used either for more than a few months? Horror stories welcome.',
  ],
};

/** Made-up comments. parent: index of the comment answered (undefined for top level). */
export const REDDIT_COMMENTS = [
  { id: 'np4a1b2', author: 'fjord_and_fern', hours: 8.5, score: 64, text: ['Used both for about a year. Globex has better reporting, but Acme Notes sync has been rock solid for us since the autumn update.', 'The only thing I miss is proper version history.'] },
  { id: 'np4c9xk', author: 'quiet_lab_rat', hours: 8.2, score: 21, parent: 0, text: ['Version history is exactly what worries me. Did you ever actually lose anything?'] },
  { id: 'np4f0q7', author: 'fjord_and_fern', hours: 8.0, score: 18, parent: 1, text: ['Once. Support restored it from a backup within a day. Not great, not terrible.'] },
  { id: 'np4h3m1', author: 'tundra_byte', hours: 7.6, score: -4, text: ['Acme sucks for anything over a few hundred notes. Search slows to a crawl and the mobile app eats battery like crazy.'] },
  { id: 'np4k8z5', author: 'plain_toast_42', hours: 7.1, score: 9, parent: 3, text: ['Weird, we have a couple thousand notes and search is instant. Did you try clearing the local cache after the update?'] },
  { id: 'np4n2v8', author: 'm_korhonen', hours: 6.4, score: 27, text: ['Suomalaisena kenttätutkijana: Acme Notesin offline-tila on pelastanut monta maastopäivää. Globexin kanssa jouduin aina odottamaan, että verkko palaa.'] },
  { id: 'np4q7d3', author: 'saunavihta', hours: 6.0, score: 11, parent: 5, text: ['Samaa mieltä. Tosin Acmen hinnoittelu on noussut viime aikoina aika reippaasti, joten kannattaa lukita vuosihinta heti.'] },
  { id: 'np4s1f6', author: 'snegir_dev', hours: 5.3, score: 15, text: ['У нас в лаборатории Acme Notes, полёт нормальный. Единственное — экспорт в PDF иногда ломает формулы.'] },
  { id: 'np4u6h0', author: 'kotofey', hours: 5.0, score: 8, parent: 7, text: ['Подтверждаю про формулы. Мы в итоге экспортируем в Markdown и собираем PDF сами, так надёжнее.'] },
  { id: 'np4w9j4', author: 'lagom_larsson', hours: 4.2, score: 13, text: ['Vi bytte från Globex till Acme i våras. Synken har funkat klockrent, men delningen av mappar kunde ha varit smidigare.'] },
  { id: 'np4y2k9', author: 'notebook_gremlin', hours: 3.3, score: 30, text: ['Honestly any app works if you actually write things down. Paper notebook gang 📓'] },
  { id: 'np50t4b', author: 'tundra_byte', hours: 3.0, score: 22, parent: 10, text: ['Paper notebook doesn’t sync to my phone though 😅'] },
].map((c) => ({ ...c, time: ago(c.hours) }));

const COMMENT_SHADOW_STYLE = `<style>details{display:block}summary{display:grid;grid-template-columns:32px minmax(0,1fr);align-items:center;list-style:none;cursor:pointer}summary::-webkit-details-marker{display:none}.body{display:grid;grid-template-columns:32px 1fr}.line{display:flex;justify-content:center}.line div{width:1px;background:#d5dbdb}.children{grid-column:1/3;padding-left:32px}</style>`;

function commentShadow(c, childSlots) {
  const slots = childSlots.map((name) => `<slot name="${name}"></slot>`).join(' ');
  return `<template shadowrootmode="open">${COMMENT_SHADOW_STYLE} <details role="article" tabindex="0" open="" aria-label="Comment from ${esc(c.author)} ${agoLabel(c.time)}"> <summary aria-label="Metadata for ${esc(c.author)}'s comment"> <div class="relative"> <slot name="commentAvatar"></slot> </div> <div class="flex relative"> <slot name="commentMeta" id="comment-meta"></slot> </div> </summary> <div class="body"> <div aria-hidden="true" class="line"><div data-testid="main-thread-line"></div></div> <div class="min-w-0"> <slot></slot> <slot name="comment-edit"></slot> <div class="relative"> <slot name="comment"></slot> </div> <slot name="actionRow"></slot> <slot name="next-reply"></slot> </div> <div id="comment-children" class="children"> ${slots} </div> </div> </details> </template>`;
}

const ACTION_ROW_SHADOW = `<template shadowrootmode="open"><style>.row{display:flex;align-items:center;gap:8px;color:#576f76;font-size:12px;font-weight:600}</style><div class="flex flex-col w-100"> <div class="row"> <slot name="vote-button"></slot> <slot name="comment-reply"></slot> <slot name="comment-award"></slot> <slot name="comment-share"></slot> <slot name="overflow"></slot> </div> </div></template>`;

function comment(c, index, all) {
  const depth = depthOf(index, all);
  const parent = c.parent === undefined ? undefined : all[c.parent];
  const children = all.map((x, i) => ({ x, i })).filter(({ x }) => x.parent === index);
  const childSlots = children.map((_, n) => `children-t1_${c.id}-${n}`);
  const ownSlot = parent ? ` slot="children-t1_${parent.id}-${all.filter((x, i) => x.parent === c.parent && i < index).length}"` : '';
  const parentAttrs = parent ? ` parentid="t1_${parent.id}" parent-permalink="${commentLink(parent.id)}"` : '';
  const level = depth === 0 ? `Comment from ${c.author} ${agoLabel(c.time)}` : `Comment thread level ${depth + 1}: Reply from ${c.author} ${agoLabel(c.time)}`;
  const body = c.text.map((p) => `<p>\n      ${esc(p)}\n    </p>`).join('');
  return `<shreddit-comment author="${esc(c.author)}" thingid="t1_${c.id}" depth="${depth}"${parentAttrs} permalink="${commentLink(c.id)}" reload-url="/svc/shreddit/comment/t1_${c.id}?depth=${depth}&amp;subredditName=${SUB}" score="${c.score}" postid="t3_${POST_ID}" content-type="text"${ownSlot} arialabel="${esc(level)}" class="relative" award-count="0" aria-hidden="false">${commentShadow(c, childSlots)}
      <div slot="commentAvatar">
        <a href="/user/${esc(c.author)}/" class="flex items-center my-2xs me-xs" aria-label="${esc(c.author)}'s profile --- avatar"><img src="${avatarUri(c.author, (c.author.length * 47) % 360, 24)}" alt="u/${esc(c.author)} avatar" class="avatar" width="24" height="24"></a>
      </div>
      <div slot="commentMeta" class="ms-xs py-[2px] min-w-0">
        <div class="flex items-center pe-xs overflow-hidden">
          <faceplate-tracker source="post_detail" action="click" noun="comment_author" class="contents">
            <a class="truncate font-bold text-neutral-content-strong text-12 hover:underline" href="/user/${esc(c.author)}/" aria-label="${esc(c.author)}'s profile" aria-haspopup="dialog" aria-expanded="false">
      ${esc(c.author)}
    </a>
          </faceplate-tracker>
          ${c.author === REDDIT_POST.author ? '<span class="op-badge text-12 font-bold">OP</span>' : ''}
          <span class="inline-block my-0 mx-2xs text-12 text-neutral-content-weak">•</span>
          <a href="${commentLink(c.id)}" class="text-neutral-content-weak text-12 hover:no-underline" rel="nofollow noopener noreferrer">
    <time datetime="${c.time}" title="${esc(longTime(c.time))}" class="text-neutral-content-weak text-12">${agoLabel(c.time)}</time>
  </a>
        </div>
      </div>
      <div class="md text-14-scalable rounded-2 pb-2xs overflow-hidden" id="t1_${c.id}-comment-rtjson-content" slot="comment">
        <div id="t1_${c.id}-post-rtjson-content" class="py-0 xs:mx-xs mx-2xs max-w-full scalable-text" style="--emote-size: 20px">
      ${body}
    </div>
      </div>
    <shreddit-comment-action-row slot="actionRow" score="${c.score}" permalink="${commentLink(c.id)}" class="block" comment-id="t1_${c.id}" vote-state="NONE" tabindex="0">${ACTION_ROW_SHADOW}
      <span slot="vote-button" class="vote"><button upvote="" aria-pressed="false" class="vote-btn"><faceplate-screen-reader-content>Upvote</faceplate-screen-reader-content>⬆</button><faceplate-number pretty="" number="${c.score}">${c.score}</faceplate-number><button downvote="" aria-pressed="false" class="vote-btn"><faceplate-screen-reader-content>Downvote</faceplate-screen-reader-content>⬇</button></span>
      <faceplate-tracker source="post_detail" action="click" noun="reply_comment" class="contents" slot="comment-reply">
        <button rpl="" class="button border-md shrink-0 text-12 button-plain-weak inline-flex items-center px-sm reply-button"><span class="flex items-center"><span> Reply </span></span></button>
      </faceplate-tracker>
      <shreddit-comment-share-button slot="comment-share" permalink="${commentLink(c.id)}" source-id="t1_${c.id}" class="hidden s:block"><button rpl="" class="button text-12 button-plain-weak px-sm" type="button"><span> Share </span></button></shreddit-comment-share-button>
    </shreddit-comment-action-row>
      <div slot="next-reply" id="t1_${c.id}-next-reply"></div>
${children.map(({ x, i }) => comment(x, i, all)).join('\n')}
    </shreddit-comment>`;
}

function depthOf(index, all) {
  let depth = 0;
  for (let c = all[index]; c.parent !== undefined; c = all[c.parent]) depth += 1;
  return depth;
}

function post(p) {
  const body = p.body.map((para) => `<p>\n    ${esc(para)}\n  </p>`).join('');
  return `<shreddit-post class="block xs:mt-xs pt-xs box-border mb-xs" permalink="${permalink}" content-href="https://www.reddit.com${permalink}" view-context="CommentsPage" comment-count="${REDDIT_COMMENTS.length}" award-count="0" user-id="t2_1q9acmeu" created-timestamp="${shredditTs(p.time)}" domain="self.${SUB}" id="t3_${p.id}" post-title="${esc(p.title)}" post-language="en" post-type="text" score="${p.score}" subreddit-id="t5_8k2n4x" subreddit-prefixed-name="r/${SUB}" author-id="t2_7fq2lz0m" author="${esc(p.author)}" icon="" subreddit-name="${SUB}" item-state="UNMODERATED"><template shadowrootmode="open"><style>.actions{display:flex;gap:8px;margin-top:12px;color:#576f76;font-size:12px;font-weight:600}.actions span{background:#eaedef;border-radius:999px;padding:6px 12px}</style> <slot name="credit-bar"></slot> <slot name="title"></slot> <slot name="post-flair"></slot> <slot name="text-body"></slot> <slot></slot> <div data-testid="action-row" tabindex="0" class="shreddit-post-container actions" aria-label="Actions available for this post"> <span>⬆ ${p.score} ⬇</span> <span>💬 ${REDDIT_COMMENTS.length}</span> <span>Share</span> </div> </template>
        <div slot="credit-bar" id="pdp-credit-bar" class="flex justify-between text-12 pb-2xs pt-md">
          <span class="flex gap-xs items-center pr-xs truncate">
            <a href="/r/${SUB}/" class="subreddit-name font-bold text-12">r/${SUB}</a>
            <span id="time-ago-separator" class="text-neutral-content-weak">•</span>
            <faceplate-timeago ts="${shredditTs(p.time)}" format="narrow" class="text-neutral-content-weak text-12"> <time datetime="${p.time}" title="${esc(longTime(p.time))}">${agoLabel(p.time)}</time> </faceplate-timeago>
          </span>
          <span slot="authorName" class="flex">
            <faceplate-tracker source="post_credit_bar" action="click" noun="user_profile" class="visible"><a rpl="" aria-label="Author: ${esc(p.author)}" class="author-name whitespace-nowrap text-neutral-content visited:text-neutral-content-weak a no-visited no-underline hover:no-underline" href="/user/${esc(p.author)}/">${esc(p.author)}</a></faceplate-tracker>
          </span>
        </div>
        <h1 id="post-title-t3_${p.id}" slot="title" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs" aria-label="Post Title: ${esc(p.title)}">
       ${esc(p.title)}
    </h1>
        <div class="text-neutral-content" slot="text-body">
    <div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" data-post-click-location="text-body">
      <div id="t3_${p.id}-post-rtjson-content" class="md max-h-[253px] overflow-hidden text-14" style="--emote-size: 20px">
    ${body}
  </div>
    </div>
  </div>
    </shreddit-post>`;
}

function composer() {
  return `<comment-body-header class="block mt-sm">
    <shreddit-async-loader bundlename="comment_composer" class="">
      <comment-composer-host slot="ready" class="block" post-id="t3_${POST_ID}" user-id="t2_1q9acmeu">
        <faceplate-form class="m-0" action="/svc/shreddit/t3_${POST_ID}/create-comment" target="#next-comment" partial-mode="replace" slot="ready" method="post">
          <input type="hidden" name="recaptchaToken">
    <shreddit-composer class="w-full block" name="content" mode="richText" required="" placeholder="Add your reply" aria-required="true" aria-disabled="false"><template shadowrootmode="open"><style>.box{border:1px solid #d5dbdb;border-radius:20px;background:#fff;padding:4px}.bar{display:flex;flex-direction:row-reverse;gap:8px;padding:4px 8px}</style><div class="box"> <slot name="rte"></slot> <div class="bar"> <slot name="submit-button"></slot> <slot name="cancel-button"></slot> </div> </div></template>
      <div slot="rte" class="cursor-text px-md py-sm outline-none relative resize-y overflow-y-auto min-h-[44px] leading-5 box-border composer-editor" name="body" contenteditable="true" role="textbox" tabindex="1" aria-placeholder="Add your reply" data-lexical-editor="true" style="user-select: text; white-space: pre-wrap; word-break: break-word;"><p class="first:mt-0 last:mb-0" dir="auto"><br></p></div>
      <data slot="rte" value="config" data-key="formattingBar" data-show-formatting-bar="false"></data>
    <button rpl="" class="button-small button-secondary items-center justify-center button inline-flex" slot="cancel-button" type="reset"><span class="flex items-center gap-xs">Cancel</span></button>
    <button rpl="" class="relative button-small button-primary items-center justify-center button inline-flex" slot="submit-button" type="submit" disabled=""><span class="flex items-center gap-xs"><span slot="content">Comment</span></span></button>
    </shreddit-composer>
        </faceplate-form>
      </comment-composer-host>
    </shreddit-async-loader>
  </comment-body-header>`;
}

const CSS = `
body { margin: 0; background: #fff; color: #0f1a1c; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 14px; }
a { color: inherit; text-decoration: none; }
reddit-header-large { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px; border-bottom: 1px solid #e5ebee; position: sticky; top: 0; background: #fff; z-index: 3; }
reddit-header-large .logo { color: #ff4500; font-weight: 800; font-size: 22px; }
reddit-header-large .search { background: #eaedef; border-radius: 999px; padding: 10px 16px; width: 420px; color: #576f76; margin: 0 auto; }
.layout { display: flex; justify-content: center; gap: 16px; padding: 8px 24px; }
main.main { width: 740px; }
shreddit-post { display: block; }
.subreddit-name { font-weight: 700; }
#pdp-credit-bar { display: flex; flex-direction: column; gap: 2px; color: #576f76; font-size: 12px; padding-top: 12px; }
#pdp-credit-bar > span { display: flex; gap: 4px; align-items: center; }
h1[slot="title"] { font-size: 24px; margin: 8px 0; }
.md p { margin: 0 0 8px; line-height: 21px; }
comment-body-header { display: block; margin: 16px 0; }
.composer-editor { min-height: 44px; padding: 10px 16px; outline: none; }
.composer-editor p { margin: 0; }
button.button { border: 0; border-radius: 999px; padding: 8px 14px; font-weight: 600; cursor: pointer; font-size: 12px; }
.button-primary { background: #0a449b; color: #fff; }
.button-primary[disabled] { opacity: 0.4; cursor: default; }
.button-secondary { background: #eaedef; color: #0f1a1c; }
shreddit-comment-tree { display: block; }
shreddit-comment { display: block; margin-top: 12px; }
.avatar { border-radius: 50%; display: block; }
[slot="commentMeta"] > div { display: flex; gap: 4px; align-items: center; font-size: 12px; color: #576f76; }
[slot="commentMeta"] a.font-bold { font-weight: 700; color: #0f1a1c; }
.op-badge { color: #0a449b; font-weight: 700; }
[slot="comment"] { padding: 2px 0 0 4px; }
.vote { display: inline-flex; gap: 4px; align-items: center; }
.vote-btn, .reply-button, [slot="comment-share"] button { background: none; border: 0; color: #576f76; cursor: pointer; font-weight: 600; font-size: 12px; padding: 4px 6px; }
faceplate-screen-reader-content { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
aside.sidebar { width: 316px; }
aside .card { background: #f6f8f9; border-radius: 16px; padding: 16px; }
.demo-note { color: #576f76; font-size: 12px; }
`;

/** The page's own behaviour: the composer's Comment button follows the editor; Reply targets a comment; submitting marks body[data-posted]. */
function redditScript() {
  const editor = document.querySelector('shreddit-composer div[slot="rte"][contenteditable="true"]');
  const submit = document.querySelector('shreddit-composer button[slot="submit-button"]');
  const host = document.querySelector('comment-composer-host');
  editor.addEventListener('input', () => {
    submit.disabled = editor.textContent.trim() === '';
  });
  submit.addEventListener('click', (event) => {
    event.preventDefault();
    document.body.dataset.posted = 'true';
  });
  document.addEventListener('click', (event) => {
    const reply = event.target instanceof Element ? event.target.closest('faceplate-tracker[slot="comment-reply"] button') : null;
    if (!reply) return;
    const comment = reply.closest('shreddit-comment');
    host.setAttribute('parent-id', comment.getAttribute('thingid'));
    editor.setAttribute('aria-placeholder', `Reply to u/${comment.getAttribute('author')}`);
    editor.focus();
  });
}

export function redditThreadPage() {
  const top = REDDIT_COMMENTS.map((c, i) => ({ c, i })).filter(({ c }) => c.parent === undefined);
  const tree = top.map(({ c, i }) => comment(c, i, REDDIT_COMMENTS)).join('\n');
  return `<!DOCTYPE html>
<html lang="en-US" class="theme-beta">
<head>
<meta charset="utf-8">
<!-- Hearken demo page. Follows new Reddit's (shreddit) comments-page markup (2025); all users, subreddits and posts are made up. See e2e/pages/README.md. -->
<title>${esc(REDDIT_POST.title)} : r/${SUB}</title>
<link rel="canonical" href="https://www.reddit.com${permalink}">
<meta property="og:site_name" content="Reddit">
<style>${CSS}</style>
</head>
<body>
<shreddit-app routename="post_page" pagetype="post_detail" devicetype="desktop" user-logged-in="true">
<reddit-header-large><span class="logo">reddit</span><span class="search">Search in r/${SUB}</span></reddit-header-large>
<div class="layout">
<main class="main w-full min-w-0 xs:pb-xl" id="main-content">
${post(REDDIT_POST)}
${composer()}
<shreddit-comment-tree id="comment-tree" post-id="t3_${POST_ID}" totalcomments="${REDDIT_COMMENTS.length}" ui="desktop" class="mt-sm"><template shadowrootmode="open"> <section class="flex flex-col relative" aria-label="Comments"> <h1 style="position:absolute;width:1px;height:1px;overflow:hidden" aria-label="Comments Section"> Comments Section </h1> <slot></slot> <slot name="truncated"></slot> </section> </template>
          <div class="empty:hidden" id="next-comment"></div>
${tree}
</shreddit-comment-tree>
</main>
<aside class="sidebar"><div class="card"><strong>r/${SUB}</strong><p>Note-taking apps, workflows and the occasional paper notebook.</p><p class="demo-note">Hearken demo page: made-up users and posts, markup as reddit.com renders a comments page.</p></div></aside>
</div>
</shreddit-app>
<script>
(${redditScript.toString()})();
</script>
</body>
</html>
`;
}
