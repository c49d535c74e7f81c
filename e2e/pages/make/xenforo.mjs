// forum-thread.html: a XenForo 2 thread on a made-up Finnish forum, following
// ../shared/fixtures/raw/forum-xenforo-katzenforum-thread.html (html#XF[data-app="public"],
// article.message--post.js-post[data-author][data-content="post-<id>"][id="js-post-<id>"],
// .message-name, time.u-dt, .message-body .bbWrapper, quoted posts as blockquote.bbCodeBlock--quote).
// The capture is a logged-out page without scripts; this page is the logged-in view, so the quick
// reply form holds the Froala editor XenForo renders (div.fr-box.bbWrapper > .fr-element[contenteditable]).
import { esc, avatarUri } from './common.mjs';

const HOST = 'https://bittinurkka.example';
const THREAD = '/threads/muistiinpanosovellus-acme-notes-vai-globex.48213/';

const MEMBERS = {
  'Tuomas_K': { id: 10482, title: 'Vakiokävijä', joined: '3.2.2019', posts: '412', place: 'Tampere', hue: 200 },
  Ninni: { id: 7715, title: 'Konkari', joined: '14.8.2016', posts: '2 931', place: 'Oulu', hue: 330 },
  jarmo62: { id: 3390, title: 'Konkari', joined: '22.1.2012', posts: '5 604', place: 'Lahti', hue: 30 },
  'Helmi_R': { id: 15120, title: 'Jäsen', joined: '9.5.2022', posts: '87', place: 'Helsinki', hue: 140 },
  pakkasukko: { id: 1204, title: 'Ylläpitäjä', joined: '1.1.2010', posts: '12 480', place: 'Rovaniemi', hue: 260 },
};

/** Posts of the thread. `quote` = index of a quoted post and the quoted words. Times are Finnish time (+02:00). */
export const FORUM_POSTS = [
  { id: 1873301, author: 'Tuomas_K', time: '2025-11-18T19:42:11+02:00', paragraphs: ['Moi kaikki!', 'Etsin muistiinpanosovellusta, joka toimisi sekä työkoneella että puhelimella. Kaveri suositteli Acme Notesia, mutta töissä käytetään Globexia. Onko kenelläkään kokemusta kummastakin?', 'Tärkeintä olisi, että synkronointi toimii luotettavasti eikä mitään katoa matkalla.'] },
  { id: 1873324, author: 'Ninni', time: '2025-11-18T20:05:37+02:00', paragraphs: ['Olen käyttänyt Acme Notesia pari vuotta. Synkronointi on toiminut hyvin, ja haku on mielestäni paras, mitä olen näissä sovelluksissa nähnyt.', 'Ainoa miinus on, että ilmaisversiossa tallennustilaa on aika vähän.'] },
  { id: 1873350, author: 'jarmo62', time: '2025-11-18T21:17:02+02:00', quote: { post: 1, text: 'haku on mielestäni paras, mitä olen näissä sovelluksissa nähnyt' }, paragraphs: ['Samaa mieltä hausta. Mutta Acme Notesin viimeisin päivitys sotki minulla taulukot ihan täysin, eikä tukeen ole saanut yhteyttä viikkoon. Aika turhauttavaa :('] },
  { id: 1873391, author: 'Helmi_R', time: '2025-11-19T08:31:45+02:00', paragraphs: ['Globex on meillä töissä ja ihan ok, mutta mobiilisovellus on kankea ja kirjautuminen vanhenee jatkuvasti.', 'Kotikäyttöön en itse maksaisi kummastakaan, ilmainen avoimen lähdekoodin sovellus riittää minulle mainiosti.'] },
  { id: 1873412, author: 'Tuomas_K', time: '2025-11-19T12:04:20+02:00', paragraphs: ['Kiitos vastauksista! Vielä kysymys Acme Notesin käyttäjille: saako muistiinpanot vietyä ulos vaikka Markdown-muodossa, jos joskus haluaa vaihtaa toiseen sovellukseen?'] },
  { id: 1873440, author: 'Ninni', time: '2025-11-19T13:26:58+02:00', paragraphs: ['Saa. Asetuksista löytyy vienti, joka tekee jokaisesta muistiinpanosta oman .md-tiedoston, ja liitteet tulevat omaan kansioonsa. Siirsin itse kaiken Acme Notesiin Globexista viime keväänä, ja sekin onnistui yllättävän kivuttomasti.'] },
  { id: 1873468, author: 'pakkasukko', time: '2025-11-19T16:50:13+02:00', paragraphs: ['Off topic, mutta huomasiko joku muu, että foorumin etusivu latautui tänään aamupäivällä tosi hitaasti? Palvelinta huollettiin, pitäisi olla taas kunnossa.'] },
];

const pad = (n) => String(n).padStart(2, '0');

function dateStrings(time) {
  const [date, clock] = time.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = clock.split(':');
  return { dateString: `${d}.${m}.${y}`, timeString: `${Number(hh)}.${mm}`, unix: Math.floor(Date.parse(time) / 1000) };
}

function member(name) {
  const m = MEMBERS[name];
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { ...m, url: `/members/${slug}.${m.id}/` };
}

function bbText(p) {
  const quote = p.quote
    ? `<blockquote data-attributes="member: ${member(FORUM_POSTS[p.quote.post].author).id}" data-quote="${esc(FORUM_POSTS[p.quote.post].author)}" data-source="post: ${FORUM_POSTS[p.quote.post].id}"
	class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
		<div class="bbCodeBlock-title">
				<a href="/goto/post?id=${FORUM_POSTS[p.quote.post].id}"
					class="bbCodeBlock-sourceJump"
					rel="nofollow"
					data-xf-click="attribution"
					data-content-selector="#post-${FORUM_POSTS[p.quote.post].id}">${esc(FORUM_POSTS[p.quote.post].author)} sanoi:</a>
		</div>
	<div class="bbCodeBlock-content">
		<div class="bbCodeBlock-expandContent js-expandContent ">
			${esc(p.quote.text)}
		</div>
		<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Klikkaa laajentaaksesi...</a></div>
	</div>
</blockquote>`
    : '';
  return quote + p.paragraphs.map((para) => esc(para)).join('<br />\n<br />\n');
}

function article(p, n) {
  const m = member(p.author);
  const { dateString, timeString, unix } = dateStrings(p.time);
  return `<article class="message message--post js-post js-inlineModContainer  "
		data-author="${esc(p.author)}"
		data-content="post-${p.id}"
		id="js-post-${p.id}">
		<span class="u-anchorTarget" id="post-${p.id}"></span>
			<div class="message-inner">
					<div class="message-cell message-cell--user">
	<section itemscope itemtype="https://schema.org/Person" class="message-user">
		<div class="message-avatar ">
			<div class="message-avatar-wrapper">
				<a href="${m.url}" class="avatar avatar--m" data-user-id="${m.id}" data-xf-init="member-tooltip">
			<img src="${avatarUri(p.author, m.hue, 96)}" alt="${esc(p.author)}" class="avatar-u${m.id}-m" width="96" height="96" loading="lazy" itemprop="image" />
		</a>
			</div>
		</div>
		<div class="message-userDetails">
			<h4 class="message-name"><a href="${m.url}" class="username " dir="auto" itemprop="name" data-user-id="${m.id}" data-xf-init="member-tooltip">${esc(p.author)}</a></h4>
			<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${esc(m.title)}</h5>
		</div>
				<div class="message-userExtras">
						<dl class="pairs pairs--justified"><dt>Liittynyt</dt><dd>${m.joined}</dd></dl>
						<dl class="pairs pairs--justified"><dt>Viestejä</dt><dd>${m.posts}</dd></dl>
						<dl class="pairs pairs--justified"><dt>Paikkakunta</dt><dd>${esc(m.place)}</dd></dl>
				</div>
		<span class="message-userArrow"></span>
	</section>
					</div>
					<div class="message-cell message-cell--main">
						<div class="message-main js-quickEditTarget">
	<header class="message-attribution message-attribution--split">
		<ul class="message-attribution-main listInline ">
			<li class="u-concealed">
				<a href="${THREAD}post-${p.id}" rel="nofollow">
					<time  class="u-dt" dir="auto" datetime="${p.time.replace(/\+02:00$/, '+0200')}" data-time="${unix}" data-date-string="${dateString}" data-time-string="${timeString}" title="${dateString} klo ${timeString}" itemprop="datePublished">${dateString}</time>
				</a>
			</li>
		</ul>
		<ul class="message-attribution-opposite message-attribution-opposite--list ">
			<li>
				<a href="${THREAD}post-${p.id}"
					class="message-attribution-gadget"
					data-xf-init="share-tooltip"
					data-href="/posts/${p.id}/share"
					aria-label="Jaa"
					rel="nofollow">
					<i class="fa--xf far fa-share-alt" aria-hidden="true"></i>
				</a>
			</li>
				<li>
					<a href="${THREAD}post-${p.id}" rel="nofollow">#${n + 1}</a>
				</li>
		</ul>
	</header>
							<div class="message-content js-messageContent">
	<div class="message-userContent lbContainer js-lbContainer "
		data-lb-id="post-${p.id}"
		data-lb-caption-desc="${esc(p.author)} &middot; ${dateString} klo ${timeString}">
		<article class="message-body js-selectToQuote">
				<div class="bbWrapper">${bbText(p)}</div>
			<div class="js-selectToQuoteEnd">&nbsp;</div>
		</article>
	</div>
							</div>
	<footer class="message-footer">
		<div class="message-actionBar actionBar">
			<div class="actionBar-set actionBar-set--external">
				<a href="/posts/${p.id}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-click="reaction" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text">Tykkää</span></a>
				<a href="${THREAD}reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" title="Vastaa, lainaten tätä viestiä" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/${p.id}/quote">Vastaa</a>
			</div>
		</div>
		<div class="reactionsBar js-reactionsList ">
		</div>
		<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
	</footer>
						</div>
					</div>
			</div>
	</article>`;
}

function quickReply() {
  return `<form action="${THREAD}add-reply" method="post" class="block js-quickReply"
				 data-xf-init="attachment-manager quick-reply ajax-submit draft" data-draft-url="${THREAD}draft" data-draft-autosave="60" data-message-container="div[data-type=&#039;post&#039;] .js-replyNewMessageContainer">
		<div class="block-container">
			<div class="block-body">
	<div class="message message--quickReply block-topRadiusContent block-bottomRadiusContent">
		<div class="message-inner">
			<div class="message-cell message-cell--user">
				<div class="message-user ">
					<div class="message-avatar"><div class="message-avatar-wrapper"><span class="avatar avatar--m" data-user-id="20977"><img src="${avatarUri('Acme Notes', 210, 96)}" alt="AcmeNotes_tuki" width="96" height="96" /></span></div></div>
					<span class="message-userArrow"></span>
				</div>
			</div>
			<div class="message-cell message-cell--main">
				<div class="message-editorWrapper">
	<textarea name="message_html" class="input js-editor u-jsOnly" data-xf-init="editor" data-original-name="message" style="display: none;" aria-label="Tekstieditori" data-min-height="100" placeholder="Kirjoita vastauksesi..." data-deferred="off" data-xf-key="r"></textarea>
	<div class="fr-box bbWrapper fr-ltr fr-basic fr-top" role="application">
		<div class="fr-toolbar fr-ltr fr-desktop fr-top fr-basic"><button type="button" tabindex="-1" role="button" title="Lihavoitu" class="fr-command fr-btn" data-cmd="bold"><b>B</b></button><button type="button" tabindex="-1" role="button" title="Kursivoitu" class="fr-command fr-btn" data-cmd="italic"><i>I</i></button><button type="button" tabindex="-1" role="button" title="Lainaus" class="fr-command fr-btn" data-cmd="xfQuote">❝</button></div>
		<div class="fr-wrapper show-placeholder" dir="ltr"><div class="fr-element fr-view" dir="ltr" contenteditable="true" aria-disabled="false" spellcheck="true" style="min-height: 100px;"><p><br></p></div><span class="fr-placeholder">Kirjoita vastauksesi...</span></div>
	</div>
	<input type="hidden" value="" data-bb-code="message" />
	<div class="formButtonGroup ">
		<div class="formButtonGroup-primary">
			<button type="submit" class="button--primary button button--icon button--icon--reply"><span class="button-text">
				Lähetä vastaus
			</span></button>
		</div>
	</div>
				</div>
			</div>
		</div>
	</div>
			</div>
		</div>
				<input type="hidden" name="_xfToken" value="1763560000,0000000000000000demo" />
			</form>`;
}

const CSS = `
body { margin: 0; background: #e9eef3; font-family: "Segoe UI", "Helvetica Neue", Roboto, Oxygen, Ubuntu, sans-serif; color: #141414; font-size: 15px; }
a { color: #2577b1; text-decoration: none; }
.p-header { background: #185886; color: #fff; padding: 14px calc(50% - 560px); font-size: 24px; font-weight: 700; }
.p-nav { background: #1d6aa1; color: #dfeefa; padding: 8px calc(50% - 560px); font-size: 14px; display: flex; gap: 20px; }
.p-body-inner { max-width: 1120px; margin: 0 auto; padding: 12px 10px; }
.p-breadcrumbs { list-style: none; padding: 0; margin: 0 0 8px; display: flex; gap: 8px; font-size: 13px; }
.p-breadcrumbs li + li::before { content: "›"; margin-right: 8px; color: #8c8c8c; }
.p-title-value { font-size: 24px; margin: 4px 0; font-weight: 400; }
.p-description { color: #8c8c8c; font-size: 13px; margin-bottom: 12px; }
.listInline { list-style: none; padding: 0; margin: 0; display: flex; gap: 10px; }
.block-container { background: #fff; border: 1px solid #d8d8d8; border-radius: 4px; }
.message { border-top: 1px solid #d8d8d8; }
.message:first-child { border-top: 0; }
.message-inner { display: flex; }
.message-cell--user { width: 142px; flex: none; background: #f5f5f5; border-right: 1px solid #dfdfdf; padding: 10px; text-align: center; }
.message-avatar img { border-radius: 4px; }
.message-name { margin: 6px 0 2px; font-size: 15px; font-weight: 700; }
.message-userTitle { margin: 0 0 6px; font-size: 12px; font-weight: 400; color: #8c8c8c; }
.message-userExtras { font-size: 11px; color: #8c8c8c; }
.pairs { display: flex; justify-content: space-between; margin: 2px 0; }
.pairs dd { margin: 0; color: #141414; }
.message-cell--main { flex: 1; padding: 10px 14px; min-width: 0; }
.message-attribution { display: flex; justify-content: space-between; font-size: 12px; color: #8c8c8c; border-bottom: 1px solid #eee; padding-bottom: 4px; margin-bottom: 8px; }
.message-attribution a { color: #8c8c8c; }
.bbWrapper { line-height: 1.5; }
.bbCodeBlock--quote { margin: 4px 0 10px; border: 1px solid #d8d8d8; border-left: 3px solid #f78c22; background: #f5f5f5; }
.bbCodeBlock-title { padding: 4px 8px; font-size: 13px; font-weight: 700; background: #eef2f5; }
.bbCodeBlock-content { padding: 6px 10px; }
.bbCodeBlock-expandLink { display: none; }
.message-actionBar { display: flex; justify-content: flex-end; font-size: 13px; margin-top: 10px; }
.actionBar-set { display: flex; gap: 14px; }
.actionBar-action { color: #8c8c8c; }
.message--quickReply { border-top: 0; }
.fr-box { border: 1px solid #d8d8d8; border-radius: 4px; background: #fff; }
.fr-toolbar { border-bottom: 1px solid #eee; padding: 4px; display: flex; gap: 4px; }
.fr-btn { background: none; border: 0; width: 30px; height: 28px; cursor: pointer; color: #505050; }
.fr-wrapper { position: relative; }
.fr-element { padding: 8px 10px; outline: none; }
.fr-element p { margin: 0; }
.fr-placeholder { position: absolute; top: 8px; left: 10px; color: #8c8c8c; pointer-events: none; display: none; }
.fr-wrapper.show-placeholder .fr-placeholder { display: block; }
.formButtonGroup { display: flex; justify-content: flex-end; margin-top: 8px; }
.button--primary { background: #f78c22; color: #fff; border: 0; border-radius: 4px; padding: 8px 14px; font-size: 14px; cursor: pointer; }
.block { margin-bottom: 16px; }
.demo-note { color: #8c8c8c; font-size: 12px; }
`;

/** The page's own behaviour: the placeholder follows the Froala editor; submitting marks body[data-posted]. */
function forumScript() {
  const form = document.querySelector('form.js-quickReply');
  const editor = form.querySelector('.fr-element[contenteditable="true"]');
  const wrapper = form.querySelector('.fr-wrapper');
  const textarea = form.querySelector('textarea.js-editor');
  editor.addEventListener('input', () => {
    wrapper.classList.toggle('show-placeholder', editor.textContent.trim() === '');
    textarea.value = editor.innerHTML;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    document.body.dataset.posted = 'true';
  });
}

export function forumThreadPage() {
  const first = FORUM_POSTS[0];
  const { dateString, timeString, unix } = dateStrings(first.time);
  return `<!DOCTYPE html>
<html id="XF" lang="fi-FI" dir="LTR"
	data-app="public"
	data-template="thread_view"
	data-container-key="node-27"
	data-content-key="thread-48213"
	data-logged-in="true"
	data-cookie-prefix="xf_"
	class="has-js template-thread_view"
	>
<head>
	<meta charset="utf-8" />
	<!-- Hearken demo page. Follows XenForo 2 thread markup; the forum, its members and posts are made up. See e2e/pages/README.md. -->
	<title>Muistiinpanosovellus: Acme Notes vai Globex? | Bittinurkka</title>
	<link rel="canonical" href="${HOST}${THREAD}" />
	<meta property="og:site_name" content="Bittinurkka" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="Muistiinpanosovellus: Acme Notes vai Globex?" />
	<meta property="og:url" content="${HOST}${THREAD}" />
	<style>${CSS}</style>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header">Bittinurkka</header>
<nav class="p-nav"><span>Foorumit</span><span>Uudet viestit</span><span>Jäsenet</span><span>Hae</span></nav>
<div class="p-body">
	<div class="p-body-inner">
		<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Foorumit</span></a><meta itemprop="position" content="1" /></li>
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/ohjelmat-ja-sovellukset.27/" itemprop="item"><span itemprop="name">Ohjelmat ja sovellukset</span></a><meta itemprop="position" content="2" /></li>
		</ul>
			<div class="p-body-header">
					<div class="p-title ">
							<h1 class="p-title-value">Muistiinpanosovellus: Acme Notes vai Globex?</h1>
					</div>
					<div class="p-description">
	<ul class="listInline listInline--bullet">
		<li><span class="u-srOnly">Aloittaja</span> <a href="${member(first.author).url}" class="username  u-concealed" dir="auto" data-user-id="${member(first.author).id}">${esc(first.author)}</a></li>
		<li><span class="u-srOnly">Aloitettu</span> <a href="${THREAD}" class="u-concealed"><time  class="u-dt" dir="auto" datetime="${first.time.replace(/\+02:00$/, '+0200')}" data-time="${unix}" data-date-string="${dateString}" data-time-string="${timeString}" title="${dateString} klo ${timeString}">${dateString}</time></a></li>
	</ul>
</div>
			</div>
		<div class="p-body-main  ">
			<div class="p-body-content">
				<div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<span class="u-anchorTarget" id="posts"></span>
	<div class="block-container lbContainer"
		data-xf-init="lightbox select-to-quote"
		data-message-selector=".js-post"
		data-lb-id="thread-48213"
		data-lb-universal="0">
		<div class="block-body js-replyNewMessageContainer">
${FORUM_POSTS.map(article).join('\n')}
		</div>
	</div>
</div>
${quickReply()}
<p class="demo-note">Hearken demo page: a made-up forum, members and posts; markup as XenForo 2 renders a thread.</p>
				</div>
			</div>
		</div>
	</div>
</div>
</div>
<script>
(${forumScript.toString()})();
</script>
</body>
</html>
`;
}
