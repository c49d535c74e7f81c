// linkedin-2000.html: the LinkedIn feed of linkedin-feed.html with 2,000 generated posts, for the
// cost benchmark (bench/page) and the scale e2e test. Every card is the first card of
// linkedin-feed.html (same markup) with its author, time, counts and text filled in on load from a
// seeded PRNG; the texts and people are the made-up four-language ones of the X pages.
import { linkedinFeedPage } from './linkedin.mjs';
import { esc, avatarUri, activityUrn } from './common.mjs';
import { X_PEOPLE, X_LINES, xRng } from './x-gen.mjs';

const NOW = '2025-11-20T12:00:00.000Z';
const SEED = 20251121;

/** One made-up headline per person, in the person's language. */
const HEADLINES = {
  en: ['Operations lead', 'Product designer', 'Engineering manager', 'Founder, small SaaS', 'Freelance researcher'],
  ru: ['Руководитель проектов', 'Аналитик данных', 'Продуктовый менеджер'],
  fi: ['Asiakaskokemuksen kehittäjä', 'Ohjelmistokehittäjä', 'Tuotepäällikkö'],
  sv: ['Produktchef', 'Grundare', 'Utvecklare'],
};

/** The first card of linkedin-feed.html with {{placeholders}} where the generated post goes. */
function cardTemplate() {
  const feed = linkedinFeedPage();
  const first = feed.indexOf('<div class="ember-view occludable-update"');
  const second = feed.indexOf('<div class="ember-view occludable-update"', first + 1);
  let card = feed.slice(first, second).trim();
  const swap = (pattern, value) => {
    const next = card.replace(pattern, value);
    if (next === card) throw new Error(`linkedin-2000: the card template no longer has ${pattern}`);
    card = next;
  };
  swap(/data-finite-scroll-hotkey-item="\d+"/, 'data-finite-scroll-hotkey-item="{{index}}"');
  swap(/data-urn="urn:li:activity:\d+"/, 'data-urn="{{urn}}"');
  swap(/Feed post number \d+/, 'Feed post number {{number}}');
  swap(/id="ember(\d+)"/g, 'id="ember$1-{{index}}"');
  swap(/comment-ember(\d+)"/g, 'comment-ember$1-{{index}}"');
  swap(/src="data:image\/svg\+xml,[^"]*"/, 'src="{{avatar}}"');
  swap(/https:\/\/www\.linkedin\.com\/in\/hannah-brooks-ops\?miniProfileUrn=[^"]*/g, '{{profile}}');
  swap(/Hannah Brooks/g, '{{name}}');
  swap(/Head of Operations at Northwind Logistics/g, '{{headline}}');
  swap(/>2h •/, '>{{short}} •');
  swap(/2 hours ago •/, '{{long}} •');
  swap(/184 reactions/, '{{reactions}} reactions');
  swap(/>184</, '>{{reactions}}<');
  swap(/23 comments on/, '{{comments}} comments on');
  swap(/>23 comments</, '>{{comments}} comments<');
  swap(/(<span class="break-words tvm-parent-container"><span dir="ltr">)[\s\S]*?(<\/span><\/span>)/, '$1{{text}}$2');
  return card;
}

/** The page's own script: fills cards from the template; `#scroll` starts with 10 and loads 10 more near the bottom. */
function feedScript() {
  const feed = document.querySelector('.scaffold-finite-scroll__content');
  const card = document.getElementById('generated-card').innerHTML;
  const rng = xRng(SEED);
  const TOTAL = 2000;
  let generated = 0;
  const profileUrl = (slug) => `https://www.linkedin.com/in/${slug}?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA${slug.replace(/[^a-z]/g, '').slice(0, 10).toUpperCase()}`;

  function post(index) {
    const langs = ['en', 'en', 'ru', 'fi', 'sv'];
    const lang = langs[Math.floor(rng() * langs.length)];
    const who = X_PEOPLE[lang][Math.floor(rng() * X_PEOPLE[lang].length)];
    const watched = rng() < 0.15;
    const pool = X_LINES[lang].filter((line) => line.watched === watched);
    const text = pool[Math.floor(rng() * pool.length)].text;
    const hours = 1 + index * 0.4 + rng() * 0.3;
    const time = new Date(Date.parse(NOW) - hours * 3600000).toISOString();
    const short = hours < 24 ? `${Math.floor(hours)}h` : `${Math.floor(hours / 24)}d`;
    const long = hours < 24 ? `${Math.floor(hours)} hours ago` : `${Math.floor(hours / 24)} days ago`;
    const fields = {
      index: String(index),
      number: String(index + 1),
      urn: activityUrn(time, index),
      avatar: avatarUri(who.name, who.hue, 48),
      profile: profileUrl(who.handle.replace(/_/g, '-')),
      name: esc(who.name),
      headline: esc(HEADLINES[lang][index % HEADLINES[lang].length]),
      short,
      long,
      reactions: String(Math.floor(rng() * 400)),
      comments: String(Math.floor(rng() * 60)),
      text: esc(text),
    };
    return card.replace(/\{\{(\w+)\}\}/g, (_m, key) => fields[key]);
  }

  /** Appends n older posts at the bottom, as LinkedIn's finite scroll does; returns the post count. */
  window.appendPosts = (n) => {
    const count = Math.min(n, TOTAL - generated);
    let html = '';
    for (let i = 0; i < count; i += 1) html += post(generated + i);
    generated += count;
    const template = document.createElement('template');
    template.innerHTML = html;
    feed.append(template.content);
    document.body.dataset.generated = String(generated);
    return generated;
  };

  if (location.hash === '#scroll') {
    window.appendPosts(10);
    let loading = false;
    window.addEventListener('scroll', () => {
      if (loading || window.innerHeight + window.scrollY < document.body.scrollHeight - 400) return;
      loading = true;
      window.appendPosts(10);
      requestAnimationFrame(() => {
        loading = false;
      });
    });
  } else {
    window.appendPosts(TOTAL);
  }
}

export function linkedin2000Page() {
  const base = linkedinFeedPage();
  const start = base.indexOf('<div class="ember-view occludable-update"');
  const end = base.indexOf('\n      </div>\n    </div>\n  </main>');
  if (start < 0 || end < 0) throw new Error('linkedin-2000: linkedin-feed.html changed its feed container');
  const script = [
    `const SEED = ${SEED};`,
    `const NOW = ${JSON.stringify(NOW)};`,
    `const X_PEOPLE = ${JSON.stringify(X_PEOPLE)};`,
    `const X_LINES = ${JSON.stringify(X_LINES)};`,
    `const HEADLINES = ${JSON.stringify(HEADLINES)};`,
    esc.toString(),
    avatarUri.toString(),
    activityUrn.toString(),
    xRng.toString(),
    `(${feedScript.toString()})();`,
  ].join('\n');
  const template = `<template id="generated-card">${cardTemplate()}</template>\n<script>\n${script}\n</script>\n`;
  return (base.slice(0, start) + base.slice(end))
    .replace('made-up people and posts, markup as linkedin.com renders its feed.', 'made-up people and posts, markup as linkedin.com renders its feed; 2,000 posts generated on load.')
    .replace('</body>', `${template}</body>`);
}
