// linkedin-feed.html: a logged-in LinkedIn home feed, following the post markup of
// ../shared/fixtures/raw/linkedin-nukep-activity-posts-2025.html (Dec 2025: feed-shared-update-v2,
// update-components-actor, update-components-text, the "…more" toggle, the social action bar, the
// "reposted this" header). The comment box (.comments-comment-box with a Quill .ql-editor) is not
// in any capture; it follows LinkedIn's markup as it was in 2025, from memory.
import { esc, avatarUri, activityUrn } from './common.mjs';

const NOW = '2025-11-20T12:00:00.000Z';

const ago = (hours) => new Date(Date.parse(NOW) - hours * 3600000).toISOString();

let ember = 100;
const nextEmber = () => `ember${(ember += 7)}`;

const profile = (slug) => `https://www.linkedin.com/in/${slug}?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA${slug.replace(/[^a-z]/g, '').slice(0, 10).toUpperCase()}`;

function shortAgo(hours) {
  if (hours < 1) return ['45m', '45 minutes ago'];
  if (hours < 24) return [`${Math.floor(hours)}h`, `${Math.floor(hours)} hour${Math.floor(hours) === 1 ? '' : 's'} ago`];
  const days = Math.floor(hours / 24);
  return [`${days}d`, `${days} day${days === 1 ? '' : 's'} ago`];
}

/** Post text: paragraphs split by blank lines become the <span><br></span> pairs LinkedIn writes. */
function commentary(text) {
  const parts = text.split('\n').map((line) =>
    line.replace(/\[([^\]]+)\]\((https:[^)]+)\)|([^[]+)/g, (_m, label, href, plain) =>
      plain !== undefined
        ? esc(plain)
        : `<a class="tkEyMVmBBDxYtOsqSMRDkuEufnUxLaAsbQ " href="${esc(href)}" data-test-app-aware-link="">${esc(label)}</a>`,
    ),
  );
  return parts.join('<span><br></span>');
}

function actor(p, hours) {
  const [short, long] = shortAgo(hours);
  const degree = p.degree ?? '2nd';
  const degreeLong = { '1st': 'First degree connection', '2nd': 'Second degree connection', '3rd+': 'Third degree connection' }[degree];
  return `<div class="xabwpQDBNQBGWuATvWdJDCWEoSSLXXBvszweY
        display-flex align-items-flex-start
        update-components-actor--with-control-menu">
      <div class="update-components-actor__container pr4 display-flex flex-grow-1">
          <a class="oLBniqaueJsFLqcdJjfiZtpeQNdsFtg  update-components-actor__image relative" aria-label="View ${esc(p.name)}’s  graphic link" target="_self" href="${profile(p.slug)}" data-test-app-aware-link="">
            <span class="js-update-components-actor__avatar">
    <div class="ivm-image-view-model    update-components-actor__avatar">
    <div class="ivm-view-attr__img-wrapper">
          <img width="48" src="${avatarUri(p.name, p.hue, 48)}" loading="lazy" height="48" alt="View ${esc(p.name)}’s  graphic link" id="${nextEmber()}" class="ivm-view-attr__img--centered EntityPhoto-circle-3  update-components-actor__avatar-image evi-image lazy-image ember-view">
    </div>
          </div>
            </span>
          </a>
        <div class="update-components-actor__meta">
          <a class="oLBniqaueJsFLqcdJjfiZtpeQNdsFtg  update-components-actor__meta-link" aria-label="View: ${esc(p.name)} • ${degree} ${esc(p.headline)}" target="_self" href="${profile(p.slug)}" data-test-app-aware-link="">
            <span class="update-components-actor__title">
              <span class="DEHIbHKJJoVcUtPjzTaghmNgjlDXFzBvYpFUc hoverable-link-text t-14 t-bold text-body-medium-bold white-space-nowrap t-black update-components-actor__single-line-truncate">
                <span dir="ltr"><span aria-hidden="true">${esc(p.name)}</span><span class="visually-hidden">${esc(p.name)}</span></span>
              </span>
                <span class="update-components-actor__supplementary-actor-info update-components-actor__supplementary-actor-info--align-icon update-components-actor__single-line-truncate text-body-xsmall t-black--light flex-shrink-zero">
                  <span aria-hidden="true"><span class="white-space-pre"> </span>• ${degree}</span><span class="visually-hidden">${degreeLong}</span>
                </span>
            </span>
              <span class="update-components-actor__description text-body-xsmall t-black--light">
                <span aria-hidden="true">${esc(p.headline)}</span><span class="visually-hidden">${esc(p.headline)}</span>
              </span>
          </a>
            <span class="update-components-actor__sub-description text-body-xsmall t-black--light">
              <span aria-hidden="true">${short} •<span class="white-space-pre"> </span><span><li-icon aria-hidden="true" type="globe-americas" class="v-align-bottom" size="small">🌐</li-icon></span><span class="white-space-pre"> </span></span><span class="visually-hidden">${long} • Visible to anyone on or off LinkedIn</span>
            </span>
        </div>
      </div>
    </div>`;
}

function controlMenu(name) {
  return `<div class="feed-shared-control-menu display-flex feed-shared-update-v2__control-menu absolute text-align-right">
        <div id="${nextEmber()}" class="artdeco-dropdown artdeco-dropdown--placement-bottom artdeco-dropdown--justification-right ember-view">
          <button aria-expanded="false" aria-label="Open control menu for post by ${esc(name)}" tabindex="0" class="feed-shared-control-menu__trigger artdeco-button artdeco-button--tertiary artdeco-button--muted artdeco-button--1 artdeco-button--circle artdeco-dropdown__trigger artdeco-dropdown__trigger--placement-bottom ember-view" type="button">⋯</button>
        </div>
    </div>`;
}

function socialBar(post) {
  const counts = `<div class="social-details-social-counts">
      <ul class="display-flex flex-wrap">
        <li class="social-details-social-counts__item social-details-social-counts__reactions">
          <button data-reaction-details="" aria-label="${post.reactions} reactions" class="t-black--light display-flex align-items-center social-details-social-counts__count-value text-body-small hoverable-link-text" type="button">
            <span class="reactions-icon" aria-hidden="true">👍</span>
            <span aria-hidden="true" class="social-details-social-counts__reactions-count">${post.reactions}</span>
          </button>
        </li>
        <li class="social-details-social-counts__item social-details-social-counts__comments social-details-social-counts__item--right-aligned">
          <button aria-label="${post.comments} comments on ${esc(post.author.name)}’s post" class="t-black--light social-details-social-counts__count-value text-body-small hoverable-link-text social-details-social-counts__btn" type="button"><span aria-hidden="true">${post.comments} comments</span></button>
        </li>
      </ul>
    </div>`;
  const button = (cls, label, text, icon, extra = '') =>
    `<span class="feed-shared-social-action-bar__action-button feed-shared-social-action-bar--new-padding"><button ${extra}aria-label="${label}" class="artdeco-button artdeco-button--muted artdeco-button--3 artdeco-button--tertiary ember-view social-actions-button ${cls}" type="button"><span aria-hidden="true" class="social-action-icon">${icon}</span><span class="artdeco-button__text social-action-button__text">${text}</span></button></span>`;
  return `<div id="${nextEmber()}" class="update-v2-social-activity">
    ${counts}
    <div class="feed-shared-social-action-bar feed-shared-social-action-bar--full-width feed-shared-social-action-bar--has-social-counts">
      ${button('react-button__trigger', 'React Like', 'Like', '👍', 'aria-pressed="false" ')}
      ${button('comment-button flex-wrap', 'Comment', 'Comment', '💬', `role="button" data-finite-scroll-hotkey="c" id="feed-shared-social-action-bar-comment-${nextEmber()}" `)}
      ${button('social-reshare-button flex-wrap', '', 'Repost', '🔁', 'aria-expanded="false" data-finite-scroll-hotkey="r" ')}
      ${button('send-privately-button flex-wrap', 'Send in a private message', 'Send', '➤', 'data-finite-scroll-hotkey="s" ')}
    </div>
    </div>`;
}

/** The comment box LinkedIn opens under a post when Comment is clicked (Quill editor). */
export function commentBox(me) {
  return `<div class="comments-comment-box comments-comment-box--cr display-flex">
      <div class="comments-comment-box__avatar-image"><img width="40" height="40" alt="${esc(me.name)}" src="${avatarUri(me.name, me.hue, 40)}" class="EntityPhoto-circle-1"></div>
      <form class="comments-comment-box__form flex-grow-1" data-hk-posted-guard="">
        <div class="comments-comment-box__form-container flex-grow-1">
          <div class="comments-comment-texteditor">
            <div class="editor-container relative">
              <div class="editor-content ql-container" data-test-ql-editor-contenteditable="true">
                <div class="ql-editor ql-blank" data-gramm="false" contenteditable="true" data-placeholder="Add a comment…" aria-placeholder="Add a comment…" aria-label="Text editor for creating content" role="textbox" aria-multiline="true"><p><br></p></div>
                <div class="ql-clipboard" contenteditable="true" tabindex="-1"></div>
              </div>
            </div>
          </div>
        </div>
        <div class="comments-comment-box__button-group display-flex justify-flex-end">
          <button class="comments-comment-box__submit-button--cr artdeco-button artdeco-button--1 artdeco-button--primary ember-view" type="submit" disabled=""><span class="artdeco-button__text">Comment</span></button>
        </div>
      </form>
    </div>`;
}

function update(post, index, me) {
  const urn = activityUrn(post.time, index);
  const header = post.repostedBy
    ? `<div class="update-components-header update-components-header--with-control-menu update-components-header--with-divider update-components-header--with-image pt2 t-12 t-black--light t-normal">
      <div class="update-components-header__text-wrapper">
            <a class="oLBniqaueJsFLqcdJjfiZtpeQNdsFtg " target="_self" href="${profile(post.repostedBy.slug)}" data-test-app-aware-link="">
    <div class="ivm-image-view-model    update-components-header__image mr2"><div class="ivm-view-attr__img-wrapper"><img width="24" src="${avatarUri(post.repostedBy.name, post.repostedBy.hue, 24)}" loading="lazy" height="24" alt="${esc(post.repostedBy.name.split(' ')[0])}’s profile photo" class="ivm-view-attr__img--centered EntityPhoto-circle-0 evi-image lazy-image ember-view"></div></div>
            </a>
          <span class="update-components-header__text-view">
            <span><a href="/in/${post.repostedBy.slug}/" class="ember-view">${esc(post.repostedBy.name)}</a></span><span class="white-space-pre"> </span>reposted this
          </span>
      </div>
    </div>`
    : '';
  const open = post.commentBoxOpen ? commentBox(me) : '';
  return `<div class="ember-view occludable-update" data-finite-scroll-hotkey-item="${index}">
  <div class="relative artdeco-card mb2">
    <div class="full-height" data-view-name="feed-full-update">
        <div class="feed-shared-update-v2 feed-shared-update-v2--minimal-padding full-height relative feed-shared-update-v2--wrapped" id="${nextEmber()}" role="article" data-urn="${urn}">
      <div>
              <div class="feed-shared-update-v2__control-menu-container display-flex flex-column flex-grow-1 full-height">
                <h2 class="visually-hidden">Feed post number ${index + 1}</h2>
                <div class="fie-impression-container">
                  <div class="relative">
    ${header}
    ${actor(post.author, post.hours)}
    ${controlMenu(post.author.name)}
                  </div>
    <div class="VPDkmaNGydLteebrzjuXNyUgHqkuXKNLmrgE" tabindex="-1">
    <div class="feed-shared-inline-show-more-text feed-shared-update-v2__description feed-shared-inline-show-more-text--minimal-padding feed-shared-inline-show-more-text--3-lines" tabindex="-1">
    <div class="update-components-text relative update-components-update-v2__commentary" dir="ltr">
      <span class="break-words tvm-parent-container"><span dir="ltr">${commentary(post.text)}</span></span>
    </div>
          <button role="button" class="feed-shared-inline-show-more-text__see-more-less-toggle see-more t-14 t-black--light t-normal hoverable-link-text feed-shared-inline-show-more-text__dynamic-more-text" aria-label="see more, visually reveals content which is already detected by screen readers" type="button"><span>…more</span></button>
    </div>
    </div>
    ${socialBar(post)}
    <div class="update-v2-social-activity">
          <div class="feed-shared-update-v2__comments-container display-flex flex-column">${open}</div>
    </div>
                </div>
              </div>
      </div>
        </div>
    </div>
  </div>
</div>`;
}

const ME = { name: 'Acme Notes', hue: 210 };

/** Made-up people and posts. hours = how long ago. */
export const LINKEDIN_POSTS = [
  {
    hours: 2, reactions: 184, comments: 23, lang: 'en',
    author: { name: 'Hannah Brooks', slug: 'hannah-brooks-ops', hue: 20, headline: 'Head of Operations at Northwind Logistics', degree: '2nd' },
    text: 'We moved our whole ops handbook from Globex to Acme Notes over the holidays. Three things I wish I’d known before starting:\n\n1. Export attachments separately. The importer skips anything over 25 MB.\n2. Rebuild your templates instead of copying them; they come out cleaner.\n3. Tell people why you’re switching before you tell them how.\n\nHappy to share our migration checklist if it helps anyone.',
  },
  {
    hours: 3, reactions: 12, comments: 4, lang: 'ru', commentBoxOpen: true,
    author: { name: 'Дмитрий Соколов', slug: 'dmitry-sokolov-pm', hue: 220, headline: 'Руководитель проектов | Agile, продуктовая аналитика', degree: '1st' },
    text: 'Коллеги, вопрос к тем, кто внедрял Acme Notes в команде больше 20 человек. Как вы разграничивали доступ к разделам? У нас пока получается либо всё всем, либо ничего.',
  },
  {
    hours: 5, reactions: 421, comments: 37, lang: 'fi',
    author: { name: 'Sanna Virtanen', slug: 'sanna-virtanen-cx', hue: 330, headline: 'Asiakaskokemuksen kehittäjä', degree: '2nd' },
    text: 'Hyvä muistutus tältä viikolta: asiakaspalvelu ei ole kulu vaan investointi.\n\nKun vastaamme nopeasti ja ihmisen äänellä, moni pieni harmi ei koskaan kasva isoksi ongelmaksi.',
  },
  {
    hours: 7, reactions: 36, comments: 11, lang: 'sv',
    author: { name: 'Oskar Nyberg', slug: 'oskar-nyberg', hue: 140, headline: 'Grundare på Fika Analytics', degree: '2nd' },
    text: 'Vi har kört Acme Notes i tre månader nu.\n\nPlus: snabb sökning och smidiga mallar.\nMinus: Acmes mobilapp tappar ibland formateringen när man klistrar in tabeller.\n\nNågon som har hittat en lösning?',
  },
  {
    hours: 20, reactions: 95, comments: 14, lang: 'fi',
    repostedBy: { name: 'Maria Svensson', slug: 'maria-svensson-hr', hue: 60 },
    author: { name: 'Kari Lehtonen', slug: 'kari-lehtonen', hue: 95, headline: 'CTO, Pohjola Data Oy', degree: '3rd+' },
    text: 'Kokeilimme Acme Notesia ja Globexia rinnakkain kuukauden ajan. Globexin raportointi on edelleen vahvempi, mutta arjen muistiinpanoissa Acme Notes voitti selvästi. Tiimi ei halunnut palata takaisin.',
  },
  {
    hours: 26, reactions: 58, comments: 19, lang: 'en',
    author: { name: 'Raj Patel', slug: 'rajpatel-ux', hue: 260, headline: 'Freelance UX researcher', degree: '1st' },
    text: 'Honest feedback for [Acme](https://www.linkedin.com/company/acme-notes/): I love the product, but three price changes in a year make it really hard to recommend you to clients. Share the roadmap and we’ll plan around it.',
  },
  {
    hours: 30, reactions: 312, comments: 88, lang: 'ru',
    author: { name: 'Ирина Белова', slug: 'irina-belova', hue: 350, headline: 'Продуктовый дизайнер', degree: '2nd' },
    text: 'Сегодня десять лет, как я в профессии. Спасибо всем, кто учил, спорил и поддерживал 🙏',
  },
].map((p) => ({ ...p, time: ago(p.hours) }));

const CSS = `
body { margin: 0; background: #f4f2ee; font-family: -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: rgba(0,0,0,0.9); font-size: 14px; }
a { color: inherit; text-decoration: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.display-flex { display: flex; } .flex-column { flex-direction: column; } .flex-grow-1 { flex-grow: 1; } .relative { position: relative; } .absolute { position: absolute; }
.justify-flex-end { justify-content: flex-end; } .align-items-center { align-items: center; } .flex-wrap { flex-wrap: wrap; }
.white-space-pre { white-space: pre; }
#global-nav { background: #fff; border-bottom: 1px solid #e8e8e8; height: 52px; display: flex; align-items: center; padding: 0 calc(50% - 540px); gap: 24px; position: sticky; top: 0; z-index: 5; }
#global-nav .logo { background: #0a66c2; color: #fff; font-weight: 700; border-radius: 4px; padding: 2px 6px; font-size: 22px; }
#global-nav .search { background: #edf3f8; border-radius: 4px; padding: 8px 12px; width: 260px; color: #666; }
#global-nav nav { display: flex; gap: 28px; margin-left: auto; color: #666; font-size: 12px; }
.scaffold-layout { display: flex; gap: 24px; justify-content: center; padding: 24px 0; }
.scaffold-layout__aside, .scaffold-layout__sidebar { width: 225px; }
.side-card { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(0,0,0,0.08); padding: 16px; }
.scaffold-layout__main { width: 555px; }
.artdeco-card { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(0,0,0,0.08); margin-bottom: 8px; }
.feed-shared-update-v2 { padding-top: 12px; }
.update-components-header { padding: 0 16px 8px; border-bottom: 1px solid #e8e8e8; margin-bottom: 12px; display: flex; align-items: center; color: rgba(0,0,0,0.6); font-size: 12px; }
.update-components-header__text-wrapper { display: flex; align-items: center; gap: 8px; }
.update-components-header__text-wrapper a.ember-view { font-weight: 600; color: rgba(0,0,0,0.9); }
.update-components-header img { border-radius: 50%; display: block; }
.update-components-actor__container { display: flex; padding: 0 16px; gap: 8px; }
.update-components-actor__avatar-image { border-radius: 50%; display: block; }
.update-components-actor__meta { display: flex; flex-direction: column; }
.update-components-actor__meta-link { display: flex; flex-direction: column; }
.update-components-actor__title { font-weight: 600; font-size: 14px; }
.t-black--light { color: rgba(0,0,0,0.6); }
.text-body-xsmall { font-size: 12px; }
.feed-shared-control-menu { top: 12px; right: 12px; }
.feed-shared-control-menu button { background: none; border: 0; font-size: 18px; color: #666; cursor: pointer; }
.feed-shared-inline-show-more-text { padding: 8px 16px 0; position: relative; line-height: 20px; }
.feed-shared-inline-show-more-text--3-lines .update-components-text { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.see-more { position: absolute; right: 16px; bottom: 0; background: #fff; border: 0; color: rgba(0,0,0,0.6); cursor: pointer; font-size: 14px; }
.feed-shared-inline-show-more-text--expanded .see-more { display: none; }
.update-components-text a { color: #0a66c2; font-weight: 600; }
.social-details-social-counts { padding: 8px 16px; border-bottom: 1px solid #e8e8e8; margin-top: 8px; }
.social-details-social-counts ul { list-style: none; margin: 0; padding: 0; display: flex; justify-content: space-between; }
.social-details-social-counts button { background: none; border: 0; color: rgba(0,0,0,0.6); font-size: 12px; display: flex; gap: 4px; cursor: pointer; }
.feed-shared-social-action-bar { display: flex; justify-content: space-around; padding: 4px 8px; }
.social-actions-button { background: none; border: 0; color: rgba(0,0,0,0.6); font-weight: 600; font-size: 14px; padding: 10px 8px; border-radius: 4px; cursor: pointer; display: flex; gap: 6px; align-items: center; }
.social-actions-button:hover { background: rgba(0,0,0,0.08); }
.feed-shared-update-v2__comments-container { padding: 0 16px; }
.comments-comment-box { gap: 8px; padding: 8px 0 12px; align-items: flex-start; }
.comments-comment-box__avatar-image img { border-radius: 50%; display: block; }
.comments-comment-box__form { flex-grow: 1; }
.ql-container { border: 1px solid rgba(0,0,0,0.4); border-radius: 20px; padding: 10px 14px; min-height: 20px; }
.ql-editor { outline: none; min-height: 20px; }
.ql-editor p { margin: 0; }
.ql-editor.ql-blank::before { content: attr(data-placeholder); color: rgba(0,0,0,0.6); position: absolute; pointer-events: none; }
.ql-clipboard { position: absolute; left: -10000px; height: 1px; overflow: hidden; }
.comments-comment-box__button-group { margin-top: 8px; }
.comments-comment-box__submit-button--cr { background: #0a66c2; color: #fff; border: 0; border-radius: 16px; padding: 6px 14px; font-weight: 600; cursor: pointer; }
.comments-comment-box__submit-button--cr[disabled] { opacity: 0.4; cursor: default; }
.demo-note { color: rgba(0,0,0,0.6); font-size: 12px; }
`;

/** The page's own behaviour: "…more" unclamps the text; Comment opens a Quill box; submitting marks body[data-posted]. */
function linkedinScript() {
  const template = document.getElementById('comment-box-template');
  function wire(box) {
    const editor = box.querySelector('.ql-editor');
    const submit = box.querySelector('.comments-comment-box__submit-button--cr');
    editor.addEventListener('input', () => {
      const empty = editor.textContent.trim() === '';
      editor.classList.toggle('ql-blank', empty);
      submit.disabled = empty;
    });
    box.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      document.body.dataset.posted = 'true';
    });
  }
  document.querySelectorAll('.comments-comment-box').forEach(wire);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const more = target.closest('.feed-shared-inline-show-more-text__see-more-less-toggle');
    if (more) {
      const wrapper = more.closest('.feed-shared-inline-show-more-text');
      wrapper.classList.remove('feed-shared-inline-show-more-text--3-lines');
      wrapper.classList.add('feed-shared-inline-show-more-text--expanded');
      return;
    }
    const comment = target.closest('button.comment-button');
    if (comment) {
      const update = comment.closest('.feed-shared-update-v2');
      const container = update.querySelector('.feed-shared-update-v2__comments-container');
      let box = container.querySelector('.comments-comment-box');
      if (!box) {
        container.append(template.content.cloneNode(true));
        box = container.querySelector('.comments-comment-box');
        wire(box);
      }
      box.querySelector('.ql-editor').focus();
    }
  });
}

export function linkedinFeedPage() {
  const posts = LINKEDIN_POSTS.map((p, i) => update(p, i, ME)).join('\n');
  return `<!DOCTYPE html>
<html lang="en" class="theme theme--mercado artdeco">
<head>
<meta charset="utf-8">
<!-- Hearken demo page. Follows LinkedIn's logged-in feed markup (2025); all people, companies and posts are made up. See e2e/pages/README.md. -->
<title>Feed | LinkedIn</title>
<meta property="og:site_name" content="LinkedIn">
<style>${CSS}</style>
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application icons-loaded boot-complete">
<div class="application-outlet">
<header id="global-nav" class="global-nav"><span class="logo">in</span><span class="search">Search</span><nav aria-label="Primary Navigation"><span>Home</span><span>My Network</span><span>Jobs</span><span>Messaging</span><span>Notifications</span><span>Me</span></nav></header>
<div class="scaffold-layout scaffold-layout--breakpoint-xl scaffold-layout--sidebar-main-aside">
  <aside class="scaffold-layout__sidebar"><div class="side-card"><strong>${esc(ME.name)}</strong><p class="t-black--light">Helping teams keep their notes in one place</p><p class="demo-note">Hearken demo page: made-up people and posts, markup as linkedin.com renders its feed.</p></div></aside>
  <main id="main" class="scaffold-layout__main" aria-label="Main Feed">
    <h1 class="visually-hidden">Main Feed</h1>
    <div class="scaffold-finite-scroll scaffold-finite-scroll--infinite">
      <div class="scaffold-finite-scroll__content" data-finite-scroll-hotkey-context="FEED">
${posts}
      </div>
    </div>
  </main>
  <aside class="scaffold-layout__aside" aria-label="LinkedIn News"><div class="side-card"><strong>LinkedIn News</strong><p class="t-black--light">Note apps race to add offline mode<br>Nordic SaaS hiring slows</p></div></aside>
</div>
</div>
<template id="comment-box-template">${commentBox(ME)}</template>
<script>
(${linkedinScript.toString()})();
</script>
</body>
</html>
`;
}
