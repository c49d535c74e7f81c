// The three X pages: x-timeline.html (static home timeline), x-live.html (infinite scroll, SPA
// navigation, node removal, "Show more") and x-2000.html (2,000 generated tweets).
import * as tweet from './x-tweet.mjs';
import * as gen from './x-gen.mjs';

const { xTweetCell, xSnowflake, xEsc, xAvatarUri } = tweet;

/** The fixed "now" of every X page, so relative times ("4h") never change. */
export const X_NOW = '2025-11-20T12:00:00.000Z';

const at = (hoursAgo) => new Date(Date.parse(X_NOW) - hoursAgo * 3600000).toISOString();
let seq = 0;
const t = (hoursAgo, fields) => ({ id: xSnowflake(at(hoursAgo), ++seq), time: at(hoursAgo), ...fields });

const grumpy = t(5.2, {
  name: 'Kev Doyle', handle: 'grumpyfounder', hue: 10, lang: 'en',
  text: 'Acme sucks. Paid for the yearly plan and support hasn’t answered in 9 days. Never again.',
  replies: 31, reposts: 12, likes: 140, views: 9800,
});

/** The home timeline: made-up people, made-up brand "Acme" / "Acme Notes", competitor "Globex". */
export const TIMELINE = [
  t(0.4, {
    name: 'Dana Whitfield', handle: 'danawhitfield', hue: 12, lang: 'en',
    text: 'Quick question for @acmecorp: does Acme Notes sync offline edits once I’m back online, or do I have to keep the app open? Lost half a page on the train this morning 😩',
    replies: 3, reposts: 0, likes: 8, views: 412,
  }),
  t(0.9, {
    name: 'Tomás Ferreira', handle: 'tferreira_dev', hue: 200, lang: 'en',
    text: 'The coffee machine on the 4th floor has achieved sentience and it chooses violence ☕',
    replies: 14, reposts: 22, likes: 391, views: 12044,
  }),
  t(1.3, {
    name: 'Priya Raman', handle: 'priyabuilds', hue: 280, lang: 'en', verified: true,
    text: 'Choosing a notes app for a team of 12. Acme Notes or Globex? We mostly need shared checklists and decent search. Anyone used both for more than a month?',
    replies: 27, reposts: 4, likes: 56, views: 6120,
  }),
  t(1.8, {
    name: 'Алексей Морозов', handle: 'amorozov_pm', hue: 40, lang: 'ru',
    text: 'Кто-нибудь пользуется Acme Notes на работе? Интересует, можно ли выгрузить все заметки в Markdown, если решим уйти.',
    replies: 5, reposts: 1, likes: 12, views: 903,
  }),
  t(2.4, {
    name: 'Jo Castellano', handle: 'jocastellano', hue: 150, lang: 'en',
    repostedBy: { name: 'Ville Heikkinen', handle: 'villeh' },
    text: 'Honestly the new Acme Notes templates saved my Monday. Weekly review in 10 minutes instead of 40 🙌 https://acme.example/templates/weekly-review',
    replies: 9, reposts: 41, likes: 530, views: 22870,
  }),
  t(3.1, {
    name: 'Liisa Mäkinen 🌲', handle: 'liisamakinen', hue: 100, lang: 'fi',
    text: 'Onko kellään kokemusta Acme Notesin jaetuista muistioista? Meidän tiimi kokeili Globexia, mutta haku oli tosi kankea.',
    replies: 6, reposts: 0, likes: 19, views: 1302,
  }),
  t(3.6, {
    name: 'Наталья Кузнецова', handle: 'natalia_kuz', hue: 0, lang: 'ru',
    text: 'Globex опять поднял цены на командный тариф. Третий раз за год, серьёзно? Смотрим в сторону Acme, но страшно переносить всю базу.',
    replies: 18, reposts: 7, likes: 88, views: 5400,
  }),
  t(4.0, {
    name: 'Eeva Ranta', handle: 'eeva_ranta', hue: 260, lang: 'fi',
    text: 'Maanantai, räntäsadetta ja bussi myöhässä. Klassikko.',
    replies: 2, reposts: 0, likes: 23, views: 760,
  }),
  t(4.6, {
    name: 'Johanna Lindqvist', handle: 'johannalindq', hue: 50, lang: 'sv',
    text: 'Någon som vet om Acme Notes funkar ihop med Google Kalender? Vill koppla mötesanteckningarna direkt till kalenderinbjudan.',
    replies: 4, reposts: 0, likes: 7, views: 644,
  }),
  grumpy,
  t(4.9, {
    name: 'Marcus Oyelaran', handle: 'moyelaran', hue: 200, lang: 'en',
    text: 'Same experience here. Ticket opened on the 3rd, still silence. Acme used to answer within a day.',
    quote: { ...grumpy },
    replies: 7, reposts: 3, likes: 61, views: 4120,
  }),
  t(5.5, {
    name: 'Nina 🦉', handle: 'nightowl_nina', hue: 320, lang: 'en',
    text: 'lol yeah Acme sucks lately. the sync bug ate my grocery list twice #AcmeCloud',
    replies: 1, reposts: 2, likes: 44, views: 2300,
  }),
  t(6.2, {
    name: 'Erik Sandberg', handle: 'eriksandberg', hue: 170, lang: 'sv',
    text: 'Acmes app kraschar varje gång jag försöker bifoga en pdf. Trist, för annars gillar jag den skarpt. @acmecorp',
    replies: 3, reposts: 0, likes: 15, views: 980,
  }),
  t(7.0, {
    name: 'Сергей Власов', handle: 'sergey_vlasov', hue: 220, lang: 'ru',
    text: 'Наконец-то выпал первый снег. Кот в шоке, я тоже ❄️',
    replies: 11, reposts: 5, likes: 204, views: 3900,
  }),
  t(8.5, {
    name: 'Ville Heikkinen', handle: 'villeh', hue: 190, lang: 'fi',
    text: 'Vaihdoin Globexin ilmaisversiosta Acme Notesiin eikä ole kaduttanut. Synkronointi toimii vihdoin myös junassa 👌',
    replies: 2, reposts: 1, likes: 33, views: 1500,
  }),
  t(9.3, {
    name: 'Mia Hedlund', handle: 'mia_hedlund', hue: 300, lang: 'sv',
    text: 'Kanelbullar i fikarummet idag. Fredagen är räddad.',
    replies: 5, reposts: 2, likes: 97, views: 2100,
  }),
];

/** The signed-in account: the brand's own support voice. */
const ME = { name: 'Acme Notes', handle: 'acmecorp', hue: 210 };

const CSS = `
html, body { margin: 0; background: #000; color: rgb(231, 233, 234); font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 15px; }
a { color: inherit; text-decoration: none; }
button { background: none; border: 0; padding: 0; color: inherit; font: inherit; cursor: pointer; }
.css-175oi2r { display: flex; flex-direction: column; box-sizing: border-box; position: relative; min-width: 0; min-height: 0; flex-shrink: 0; }
.css-146c3p1 { white-space: pre-wrap; overflow-wrap: break-word; line-height: 20px; }
.r-18u37iz { flex-direction: row; }
.r-1awozwy { align-items: center; }
.r-16y2uox { flex-grow: 1; }
.r-1wbh5a2 { flex-shrink: 1; }
.r-1wtj0ep { justify-content: space-between; }
.r-xoduu5 { display: inline-flex; }
.r-4iw3lz { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
svg { fill: currentColor; }
#react-root > .css-175oi2r { flex-direction: row; justify-content: center; min-height: 100vh; }
header[role="banner"] { width: 250px; padding: 8px 12px; box-sizing: border-box; }
header[role="banner"] nav a { display: block; font-size: 20px; padding: 12px; border-radius: 999px; }
header[role="banner"] .logo { font-size: 30px; font-weight: 800; padding: 8px 12px; }
main[role="main"] { flex-direction: row; }
[data-testid="primaryColumn"] { width: 600px; border-left: 1px solid rgb(47, 51, 54); border-right: 1px solid rgb(47, 51, 54); }
[data-testid="sidebarColumn"] { width: 350px; padding: 12px 24px; }
.tabs { flex-direction: row; border-bottom: 1px solid rgb(47, 51, 54); position: sticky; top: 0; background: rgba(0, 0, 0, 0.85); z-index: 2; }
.tabs a { flex: 1; text-align: center; padding: 16px 0; color: rgb(113, 118, 123); font-weight: 500; }
.tabs a[aria-selected="true"] { color: rgb(231, 233, 234); font-weight: 700; box-shadow: inset 0 -4px 0 rgb(29, 155, 240); }
article[data-testid="tweet"] { padding: 12px 16px 4px; border-bottom: 1px solid rgb(47, 51, 54); cursor: pointer; }
article[data-testid="tweet"]:hover { background: rgb(8, 8, 8); }
[data-testid="Tweet-User-Avatar"] { margin-right: 12px; flex-shrink: 0 !important; }
[data-testid="Tweet-User-Avatar"] img { border-radius: 50%; display: block; }
[data-testid="User-Name"] { gap: 4px; flex-wrap: wrap; }
[data-testid="User-Name"] .r-b88u0q { font-weight: 700; }
[data-testid="User-Name"] svg[data-testid="icon-verified"] { width: 18px; height: 18px; fill: rgb(29, 155, 240); }
[data-testid="User-Name"] img, [data-testid="tweetText"] img { width: 1.15em; height: 1.15em; vertical-align: -0.2em; margin: 0 1px; }
[data-testid="tweetText"] { margin: 2px 0 6px; display: block; }
article[data-testid="tweet"] .css-175oi2r { flex-shrink: 1; }
[data-testid="tweetText"] .r-xoduu5, [data-testid="tweetText"] .r-18u37iz { display: inline; }
[data-testid="tweet-text-show-more-link"] { color: rgb(29, 155, 240); align-self: flex-start; margin-bottom: 6px; }
[data-testid="caret"] svg { width: 18.75px; height: 18.75px; color: rgb(113, 118, 123); }
[data-testid="socialContext"] { font-size: 13px; font-weight: 700; }
article .r-15zivkp svg { width: 16px; height: 16px; color: rgb(113, 118, 123); margin: 0 12px 4px 24px; }
article [role="group"] { max-width: 425px; margin: 8px 0 6px; }
article [role="group"] svg { width: 18.75px; height: 18.75px; }
article [role="group"] button > div, article [role="group"] a > div { flex-direction: row; display: flex; align-items: center; gap: 4px; font-size: 13px; }
div[role="link"].r-adacv { border: 1px solid rgb(47, 51, 54); border-radius: 16px; padding: 12px; margin: 8px 0 4px; }
div[role="link"] [data-testid="Tweet-User-Avatar"] { margin-right: 4px; }
div[role="link"] [data-testid="Tweet-User-Avatar"] img { width: 20px; height: 20px; }
.reply-composer { padding: 12px 16px; border-bottom: 1px solid rgb(47, 51, 54); }
.reply-composer .replying { color: rgb(113, 118, 123); margin: 0 0 6px 52px; }
.reply-composer .replying a { color: rgb(29, 155, 240); }
.reply-composer img { border-radius: 50%; margin-right: 12px; }
.public-DraftEditorPlaceholder-root { position: absolute; color: rgb(113, 118, 123); pointer-events: none; font-size: 20px; }
[data-testid="tweetTextarea_0"] { font-size: 20px; min-height: 28px; padding: 2px 0; }
.composer-bar { flex-direction: row; justify-content: flex-end; align-items: center; gap: 12px; margin-top: 10px; }
[data-testid="tweetButtonInline"] { background: rgb(239, 243, 244); color: rgb(15, 20, 25); border-radius: 999px; padding: 8px 16px; font-weight: 700; }
[data-testid="tweetButtonInline"][disabled] { opacity: 0.5; cursor: default; }
#reply-char-count { color: rgb(113, 118, 123); font-size: 13px; min-width: 28px; text-align: right; }
#reply-char-count[data-over="true"] { color: rgb(244, 33, 46); }
.trends { background: rgb(22, 24, 28); border-radius: 16px; padding: 12px 16px; margin-top: 16px; }
.trends h2 { font-size: 20px; margin: 0 0 8px; }
.trends div[data-testid="trend"] { padding: 10px 0; }
.trends span.meta { color: rgb(113, 118, 123); font-size: 13px; }
.search { background: rgb(32, 35, 39); border-radius: 999px; padding: 10px 16px; color: rgb(113, 118, 123); }
.demo-note { color: rgb(113, 118, 123); font-size: 12px; margin-top: 16px; }
`;

function composerHtml(replyTo) {
  const block = 'hk1';
  return `<div class="css-175oi2r reply-composer" id="reply-composer" data-reply-to="${replyTo.id}"><div dir="ltr" class="css-146c3p1 replying">Replying to <a href="/${replyTo.handle}" role="link" id="reply-composer-to">@${xEsc(replyTo.handle)}</a></div><div class="css-175oi2r r-18u37iz"><img alt="" src="${xAvatarUri(ME.name, ME.hue)}" width="40" height="40"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci"><div class="css-175oi2r r-184en5c"><div class="css-175oi2r r-1awozwy r-18u37iz"><div class="css-175oi2r r-1dqbpge r-13awgt0 r-18u37iz r-16y2uox" data-testid="tweetTextarea_0_label"><div class="css-175oi2r r-1wbh5a2 r-16y2uox"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-adyw6z r-135wba7 r-16dba41 r-6koalj" style="color: rgb(231, 233, 234);"><div class="css-175oi2r r-xoduu5 r-xyw6el r-13qz1uu r-1e084wi" style="display: block;"><div class="false draftjs-styles_0 "><div class="r-1niwhzg r-17gur6a r-1yadl64 r-deolkf r-homxoj r-poiln3 r-7cikom r-1ny4l3l r-1ttztb7 r-t60dpp" data-testid="tweetTextarea_0RichTextInputContainer" style="min-height: 24px; height: 100%;"><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="placeholder-${block}" style="white-space: pre-wrap;">Post your reply</div></div><div class="DraftEditor-editorContainer"><div aria-autocomplete="list" aria-describedby="placeholder-${block}" aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"><div data-contents="true"><div class="" data-block="true" data-editor="${block}" data-offset-key="${block}-0-0"><div data-offset-key="${block}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="${block}-0-0"><br data-text="true"></span></div></div></div></div></div></div></div></div></div></div></div></div></div><div class="css-175oi2r composer-bar"><div role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" class="css-175oi2r" id="reply-char-progress"><span id="reply-char-count" aria-live="polite">280</span></div><button aria-disabled="true" disabled="" role="button" tabindex="-1" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-1cwvpvk r-2yi16 r-1qi8awa r-3pj75a r-o7ynqc r-6416eg r-icoktb r-1ny4l3l" data-testid="tweetButtonInline" type="button"><div dir="ltr" class="css-146c3p1 r-qvutc0 r-37j5jr r-q4m81j r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-18u37iz r-16y2uox r-bcqeeo r-1777fci"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Reply</span></div></button></div></div></div></div>`;
}

/**
 * The page's own composer behaviour, as X's: the character counter follows the editor's text on
 * every input event, the Reply button is enabled only with text, a click on a tweet's reply button
 * moves the composer under that tweet. Clicking Reply marks body[data-posted] (tests assert never).
 */
function composerScript() {
  const composer = document.getElementById('reply-composer');
  const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
  const count = document.getElementById('reply-char-count');
  const progress = document.getElementById('reply-char-progress');
  const placeholder = composer.querySelector('.public-DraftEditorPlaceholder-root');
  const post = composer.querySelector('[data-testid="tweetButtonInline"]');
  const LIMIT = 280;
  function update() {
    const text = editor.innerText.replace(/\n+$/, '');
    // X weighs characters with twitter-text; code points are close enough for a demo page.
    const used = [...text].length;
    count.textContent = String(LIMIT - used);
    count.dataset.over = String(used > LIMIT);
    progress.setAttribute('aria-valuenow', String(Math.min(100, Math.round((used * 100) / LIMIT))));
    placeholder.style.display = used > 0 ? 'none' : '';
    const ok = used > 0 && used <= LIMIT;
    post.disabled = !ok;
    post.setAttribute('aria-disabled', String(!ok));
    post.tabIndex = ok ? 0 : -1;
  }
  editor.addEventListener('input', update);
  post.addEventListener('click', () => {
    document.body.dataset.posted = 'true';
  });
  document.addEventListener('click', (event) => {
    const reply = event.target instanceof Element ? event.target.closest('[data-testid="reply"]') : null;
    if (!reply) return;
    const cell = reply.closest('[data-testid="cellInnerDiv"]');
    const status = cell && cell.querySelector('a[href*="/status/"]');
    if (!cell || !status) return;
    const [, handle, , id] = status.getAttribute('href').split('/');
    cell.after(composer);
    composer.dataset.replyTo = id;
    const to = document.getElementById('reply-composer-to');
    to.textContent = `@${handle}`;
    to.setAttribute('href', `/${handle}`);
    editor.focus();
  });
  update();
}

function shell({ title, cells, script, note, before = '' }) {
  const trends = [
    ['Technology · Trending', '#AcmeCloud', '2,140 posts'],
    ['Trending in Finland', 'Räntä', '1,022 posts'],
    ['Business · Trending', 'Globex', '5,310 posts'],
  ]
    .map(([meta, name, posts]) => `<div data-testid="trend" class="css-175oi2r"><span class="meta">${meta}</span><span style="font-weight:700">${xEsc(name)}</span><span class="meta">${posts}</span></div>`)
    .join('');
  return `<!DOCTYPE html>
<html dir="ltr" lang="en" style="overflow-y: scroll; overscroll-behavior-y: none; font-size: 15px; color-scheme: dark;">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover">
<!-- Hearken demo page. Follows the markup x.com rendered in 2025; all people, brands and posts are made up. See e2e/pages/README.md. -->
<title>${xEsc(title)}</title>
<meta property="og:site_name" content="X (formerly Twitter)">
<style>${CSS}</style>
</head>
<body style="background-color: #000000;">
<div id="react-root" style="height:100%;display:flex;"><div class="css-175oi2r r-13awgt0 r-12vffkv" style="flex:1"><header role="banner" class="css-175oi2r"><div class="logo">𝕏</div><nav aria-label="Primary" role="navigation" class="css-175oi2r"><a href="/home" data-testid="AppTabBar_Home_Link" role="link">Home</a><a href="/explore" data-testid="AppTabBar_Explore_Link" role="link">Explore</a><a href="/notifications" data-testid="AppTabBar_Notifications_Link" role="link">Notifications</a><a href="/messages" data-testid="AppTabBar_DirectMessage_Link" role="link">Messages</a><a href="/${ME.handle}" data-testid="AppTabBar_Profile_Link" role="link">Profile</a></nav></header><main role="main" class="css-175oi2r r-16y2uox r-1wbh5a2 r-1habvwh"><div class="css-175oi2r" data-testid="primaryColumn"><div aria-label="Home timeline" tabindex="0" class="css-175oi2r"><div class="css-175oi2r tabs" role="tablist"><a href="/home" role="tab" aria-selected="true">For you</a><a href="/following" role="tab" aria-selected="false">Following</a></div><section aria-labelledby="accessible-list-0" role="region" class="css-175oi2r"><h1 dir="auto" aria-level="1" role="heading" class="css-146c3p1 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h" id="accessible-list-0">Your Home Timeline</h1><div aria-label="Timeline: Your Home Timeline" class="css-175oi2r">${before}<div style="position: relative;" id="timeline">${cells}</div></div></section></div></div><div class="css-175oi2r" data-testid="sidebarColumn"><div class="search" role="search">Search</div><div class="trends css-175oi2r" aria-label="Trending"><h2>What’s happening</h2>${trends}</div><p class="demo-note">${xEsc(note)}</p></div></main></div></div>
${script ? `<script>\n${script}\n</script>` : ''}
</body>
</html>
`;
}

/** Source of the given functions and constants, for an inline page script. */
function inline(constants, functions) {
  const consts = Object.entries(constants).map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`);
  return [...consts, ...functions.map((fn) => fn.toString())].join('\n');
}

const TEMPLATE_FUNCTIONS = Object.values(tweet).filter((v) => typeof v === 'function' && v.name !== 'xSnowflake');
const TEMPLATE_SOURCE = () =>
  inline({ X_ICONS: tweet.X_ICONS, X_PEOPLE: gen.X_PEOPLE, X_LINES: gen.X_LINES, X_NOW }, [
    ...TEMPLATE_FUNCTIONS,
    tweet.xSnowflake,
    gen.xRng,
    gen.xGenTweet,
  ]);

export function xTimelinePage() {
  const cells = TIMELINE.map((tw, i) => (i === 0 ? xTweetCell(tw, X_NOW) + composerHtml(tw) : xTweetCell(tw, X_NOW))).join('\n');
  return shell({
    title: 'Home / X',
    cells,
    script: `(${composerScript.toString()})();`,
    note: 'Hearken demo page: made-up people and posts, markup as x.com renders it.',
  });
}

/** The long tweet behind "Show more" in x-live.html: only the expanded text names Acme. */
export const SHOW_MORE = {
  short: 'Long-ish thought on note apps for small teams. We tried five of them over the summer, kept a spreadsheet of what annoyed us most, and the winner surprised everyone',
  long: 'Long-ish thought on note apps for small teams. We tried five of them over the summer, kept a spreadsheet of what annoyed us most, and the winner surprised everyone. It was Acme Notes, mostly because search actually finds things and offline mode never ate anyone’s edits. Full comparison in the replies.',
};

/** x-live.html: the timeline a test can scroll, navigate, prune and expand. */
function livePageScript() {
  const timeline = document.getElementById('timeline');
  const removed = new Map();
  let generated = 0;
  const startIso = new Date(Date.parse(X_NOW) - 10 * 3600000).toISOString();
  const home = timeline.innerHTML;

  function cellFor(id) {
    const link = timeline.querySelector(`article[data-testid="tweet"] a[href$="/status/${id}"]`);
    return link ? link.closest('[data-testid="cellInnerDiv"]') : null;
  }
  function fromHtml(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }
  function streamSeed(path) {
    return [...path].reduce((h, c) => (Math.imul(h, 31) + c.codePointAt(0)) >>> 0, 2166136261);
  }

  /** Appends n older tweets at the bottom, as X's infinite scroll does. */
  window.appendTweets = (n) => {
    const rng = xRng(streamSeed(location.pathname) + generated);
    if (virtual) {
      const tweets = [];
      for (let i = 0; i < n; i += 1) tweets.push(xGenTweet(rng, generated + i, startIso));
      generated += n;
      return virtual.append(tweets.map((tweet) => () => xTweetCell(tweet, X_NOW)));
    }
    let html = '';
    for (let i = 0; i < n; i += 1) {
      html += xTweetCell(xGenTweet(rng, generated + i, startIso), X_NOW);
    }
    generated += n;
    timeline.append(fromHtml(html));
    return timeline.querySelectorAll('article[data-testid="tweet"]').length;
  };

  /**
   * `#virtual`: the timeline as X renders it (seen in the captured X pages): every cell placed with
   * `transform: translateY(…)` and `position: absolute` in a container as tall as the whole list,
   * and only the cells within a few screens of the view kept on the page (a captured profile
   * page kept 10 cells spanning 4,000 px of a 94,000 px list). A cell that comes back into range
   * is made anew from its tweet, as React mounts it again. For the cost benchmark: a page that
   * keeps every cell spends more and more of each frame on its own layout and paint.
   */
  function virtualList() {
    const ABOVE = 1.5;
    const BELOW = 2.5;
    const cells = [];
    let height = 0;
    let scheduled = false;
    const indexOf = new WeakMap();
    // A cell that grows or shrinks (an image loads, a reply opens) moves every cell below it.
    const resized = new ResizeObserver((entries) => {
      let first = Infinity;
      for (const entry of entries) {
        const i = indexOf.get(entry.target);
        const cell = cells[i];
        if (cell === undefined || cell.el !== entry.target) continue;
        const size = entry.borderBoxSize[0].blockSize;
        if (size === cell.height) continue;
        cell.height = size;
        first = Math.min(first, i);
      }
      if (first === Infinity) return;
      let top = cells[first].top;
      for (let i = first; i < cells.length; i += 1) {
        if (cells[i].top !== top && cells[i].el) cells[i].el.style.transform = `translateY(${top}px)`;
        cells[i].top = top;
        top += cells[i].height;
      }
      height = top;
      timeline.style.minHeight = `${height}px`;
    });
    const attach = (cell, index) => {
      indexOf.set(cell.el, index);
      resized.observe(cell.el);
    };
    const cellElement = (render) => fromHtml(render()).firstElementChild;
    const placeAt = (el, top) => {
      el.style.cssText = `transform: translateY(${top}px); position: absolute; width: 100%;`;
    };
    function place(entries) {
      for (const cell of entries) placeAt(cell.el, 0);
      // All heights read in one layout, then all positions written.
      const heights = entries.map((cell) => cell.el.getBoundingClientRect().height);
      entries.forEach((cell, i) => {
        cell.top = height;
        cell.height = heights[i];
        cell.el.style.transform = `translateY(${height}px)`;
        height += heights[i];
        attach(cell, cells.push(cell) - 1);
      });
      timeline.style.minHeight = `${height}px`;
    }
    function update() {
      scheduled = false;
      const origin = timeline.getBoundingClientRect().top + window.scrollY;
      const from = window.scrollY - origin - ABOVE * window.innerHeight;
      const to = window.scrollY - origin + (1 + BELOW) * window.innerHeight;
      let next = null;
      for (let i = cells.length - 1; i >= 0; i -= 1) {
        const cell = cells[i];
        const wanted = cell.top + cell.height > from && cell.top < to;
        if (!wanted && cell.el) {
          resized.unobserve(cell.el);
          cell.el.remove();
          cell.el = null;
        } else if (wanted && !cell.el) {
          cell.el = cellElement(cell.render);
          placeAt(cell.el, cell.top);
          timeline.insertBefore(cell.el, next);
          attach(cell, i);
        }
        if (cell.el) next = cell.el;
      }
    }
    const list = {
      /** Adds cells made by the given renderers at the bottom; returns how many the list has. */
      append(renderers) {
        const entries = renderers.map((render) => ({ render, el: cellElement(render), top: 0, height: 0 }));
        timeline.append(...entries.map((cell) => cell.el));
        place(entries);
        list.schedule();
        return cells.length;
      },
      schedule() {
        if (scheduled) return;
        scheduled = true;
        requestAnimationFrame(update);
      },
    };
    const first = [...timeline.children].map((el) => {
      const html = el.outerHTML;
      return { render: () => html, el, top: 0, height: 0 };
    });
    place(first);
    return list;
  }
  const virtual = location.hash === '#virtual' ? virtualList() : null;

  /** A single-page route change: the URL changes, the timeline's tweets are replaced. */
  window.navigateTo = (path) => {
    history.pushState({ path }, '', path);
    render(path);
  };
  function render(path) {
    const composer = document.getElementById('reply-composer');
    if (timeline.contains(composer)) timeline.before(composer);
    removed.clear();
    timeline.replaceChildren();
    if (path === '/home') {
      generated = 0;
      timeline.append(fromHtml(home));
      document.title = 'Home / X';
      return;
    }
    const rng = xRng(streamSeed(path));
    const base = new Date(Date.parse(X_NOW) - (streamSeed(path) % 1000) * 60000).toISOString();
    let html = '';
    for (let i = 0; i < 6; i += 1) html += xTweetCell(xGenTweet(rng, 5000 + i, base), X_NOW);
    generated = 0;
    timeline.append(fromHtml(html));
    document.title = `${path} / X`;
  }
  window.addEventListener('popstate', () => render(location.pathname));

  /** Removes a tweet's cell (as virtualised lists do off screen) and remembers where it was. */
  window.removeTweet = (id) => {
    const cell = cellFor(id);
    if (!cell) return false;
    removed.set(String(id), { cell, next: cell.nextElementSibling });
    cell.remove();
    return true;
  };
  /** Puts a removed cell back in its place: the very same node, as React does when it reuses one. */
  window.readdTweet = (id) => {
    const entry = removed.get(String(id));
    if (!entry) return false;
    removed.delete(String(id));
    if (entry.next && entry.next.parentNode === timeline) timeline.insertBefore(entry.cell, entry.next);
    else timeline.append(entry.cell);
    return true;
  };

  // "Show more" swaps the truncated text for the whole tweet, in place.
  timeline.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-testid="tweet-text-show-more-link"]') : null;
    if (!button) return;
    const text = button.parentElement.querySelector('[data-testid="tweetText"]');
    text.replaceChildren(fromHtml(xRichText(SHOW_MORE.long)));
    button.remove();
  });

  // Scrolling near the bottom loads the next page of tweets, once per arrival.
  let loading = false;
  window.addEventListener('scroll', () => {
    virtual?.schedule();
    if (loading || window.innerHeight + window.scrollY < document.body.scrollHeight - 200) return;
    loading = true;
    window.appendTweets(5);
    requestAnimationFrame(() => {
      loading = false;
    });
  });
}

export function xLivePage() {
  const first = TIMELINE.slice(0, 2).concat(TIMELINE.slice(7, 8));
  const showMore = t(0.7, {
    name: 'Priya Raman', handle: 'priyabuilds', hue: 280, lang: 'en', verified: true,
    text: SHOW_MORE.short, showMore: true, replies: 12, reposts: 6, likes: 140, views: 8800,
  });
  const cells = [first[0], showMore, first[1], first[2]].map((tw) => xTweetCell(tw, X_NOW)).join('\n');
  const script = [
    TEMPLATE_SOURCE(),
    `const SHOW_MORE = ${JSON.stringify(SHOW_MORE)};`,
    `(${composerScript.toString()})();`,
    `(${livePageScript.toString()})();`,
  ].join('\n');
  return {
    html: shell({ title: 'Home / X', cells, script, before: composerHtml(first[0]), note: 'Hearken live-behaviour test page: window.appendTweets(n), navigateTo(path), removeTweet(id), readdTweet(id).' }),
    showMoreId: showMore.id,
    ids: [first[0].id, showMore.id, first[1].id, first[2].id],
  };
}

/** x-2000.html: 2,000 generated tweets from a fixed seed, for the cost test. */
function bigPageScript() {
  const timeline = document.getElementById('timeline');
  const SEED = 20251120;
  const startIso = X_NOW;
  const rng = xRng(SEED);
  let generated = 0;
  window.appendTweets = (n) => {
    const template = document.createElement('template');
    let html = '';
    for (let i = 0; i < n; i += 1) html += xTweetCell(xGenTweet(rng, generated + i, startIso), X_NOW);
    generated += n;
    template.innerHTML = html;
    timeline.append(template.content);
    return timeline.querySelectorAll('article[data-testid="tweet"]').length;
  };
  window.appendTweets(2000);
  document.body.dataset.generated = String(generated);
}

export function x2000Page() {
  const script = [TEMPLATE_SOURCE(), `(${bigPageScript.toString()})();`].join('\n');
  return shell({ title: 'Home / X', cells: '', script, note: 'Hearken cost test page: 2,000 tweets generated from a fixed seed on load.' });
}
