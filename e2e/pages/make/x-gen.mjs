// Deterministic made-up tweets for the live pages (x-live.html, x-2000.html). Like x-tweet.mjs,
// every function is self-contained so build-pages.mjs can copy its source into the pages.
import { xSnowflake } from './x-tweet.mjs';

/** Made-up people, four languages. hue colours the avatar. */
export const X_PEOPLE = {
  en: [
    { name: 'Dana Whitfield', handle: 'danawhitfield', hue: 12 },
    { name: 'Marcus Oyelaran', handle: 'moyelaran', hue: 200 },
    { name: 'Priya Raman', handle: 'priyabuilds', hue: 280 },
    { name: 'Jo Castellano', handle: 'jocastellano', hue: 150 },
    { name: 'Nina 🦉', handle: 'nightowl_nina', hue: 320 },
  ],
  ru: [
    { name: 'Алексей Морозов', handle: 'amorozov_pm', hue: 40 },
    { name: 'Наталья Кузнецова', handle: 'natalia_kuz', hue: 0 },
    { name: 'Сергей Власов', handle: 'sergey_vlasov', hue: 220 },
  ],
  fi: [
    { name: 'Liisa Mäkinen', handle: 'liisamakinen', hue: 100 },
    { name: 'Ville Heikkinen', handle: 'villeh', hue: 190 },
    { name: 'Eeva Ranta', handle: 'eeva_ranta', hue: 260 },
  ],
  sv: [
    { name: 'Johanna Lindqvist', handle: 'johannalindq', hue: 50 },
    { name: 'Erik Sandberg', handle: 'eriksandberg', hue: 170 },
    { name: 'Mia Hedlund', handle: 'mia_hedlund', hue: 300 },
  ],
};

/** Made-up tweet texts. `watched` marks the ones that name Acme, Acme Notes or Globex. */
export const X_LINES = {
  en: [
    { text: "Anyone else's Acme Notes sidebar vanish after the update? Mine's just gone.", watched: true },
    { text: 'Switched our design team to Acme Notes last month. Shared boards are the killer feature, search still needs work.', watched: true },
    { text: "Globex just emailed me about a 'loyalty discount'. Translation: prices are going up again.", watched: true },
    { text: 'Is there a way to export Acme Notes to plain Markdown without losing the checklists?', watched: true },
    { text: 'Acme Notes or Globex for a small nonprofit? Budget is tight and we need offline access.', watched: true },
    { text: 'Reading on the train, phone at 4%, living dangerously.', watched: false },
    { text: 'Hot take: most meetings could be a shared doc with three bullet points.', watched: false },
    { text: 'Finally cleared my inbox. Going to frame this screenshot 🖼️', watched: false },
    { text: 'Whoever scheduled a 4pm Friday all-hands: I see you.', watched: false },
    { text: 'New keyboard arrived and now I type everything twice just to hear it.', watched: false },
  ],
  ru: [
    { text: 'Подскажите, Acme Notes нормально работает без интернета? Часто езжу в командировки.', watched: true },
    { text: 'Перенёс все рабочие заметки из Globex в Acme за вечер. Импорт на удивление не сломал таблицы.', watched: true },
    { text: 'Acme опять разлогинивает каждые полчаса, это уже не смешно.', watched: true },
    { text: 'Пятница, дедлайн, а в офисе отключили кондиционер. Классика.', watched: false },
    { text: 'Кто знает хороший курс по SQL для аналитиков? Желательно с практикой.', watched: false },
    { text: 'Сварил борщ на всю неделю. Продуктивность на максимуме 🍲', watched: false },
  ],
  fi: [
    { text: 'Toimiiko Acme Notes kenelläkään ilman nettiyhteyttä? Mökillä ei ole kenttää.', watched: true },
    { text: 'Siirryin Globexista Acme Notesiin ja haku on vihdoin nopea.', watched: true },
    { text: 'Acmen uusin päivitys rikkoi taas tarkistuslistat. Harmittaa.', watched: true },
    { text: 'Aamukahvi, lumisade ja kolme palaveria putkeen. Tsemppiä kaikille.', watched: false },
    { text: 'Suosittelen kaikille saunaa ennen isoa esitystä. Toimii joka kerta.', watched: false },
    { text: 'Bussi myöhässä jo kolmatta päivää. Alan tuntea kuskin nimeltä.', watched: false },
  ],
  sv: [
    { text: 'Någon som kör Acme Notes offline? Ska till fjällen och vill kunna skriva.', watched: true },
    { text: 'Bytte från Globex till Acme förra veckan och sökningen är så mycket snabbare.', watched: true },
    { text: 'Acmes synk har strulat hela morgonen, tappade två anteckningar.', watched: true },
    { text: 'Fredagsfika med prinsesstårta. Livet är gott.', watched: false },
    { text: 'Tips på en bra podd om produktledning? Gärna på svenska.', watched: false },
    { text: 'Cyklade till jobbet i snöstorm. Ångrar ingenting, eller jo, lite.', watched: false },
  ],
};

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same page. */
export function xRng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tweet number `index` of a generated stream: older as the index grows, ids unique per index. */
export function xGenTweet(rng, index, startIso) {
  const langs = ['en', 'en', 'ru', 'fi', 'sv'];
  const lang = langs[Math.floor(rng() * langs.length)];
  const people = X_PEOPLE[lang];
  const lines = X_LINES[lang];
  const who = people[Math.floor(rng() * people.length)];
  // About one tweet in seven names a watched brand, roughly what a busy brand sees in a feed.
  const watched = rng() < 0.15;
  const pool = lines.filter((l) => l.watched === watched);
  const line = pool[Math.floor(rng() * pool.length)];
  const time = new Date(Date.parse(startIso) - index * 97000 - Math.floor(rng() * 60000)).toISOString();
  return {
    id: xSnowflake(time, index),
    name: who.name,
    handle: who.handle,
    hue: who.hue,
    time,
    lang,
    text: line.text,
    replies: Math.floor(rng() * 40),
    reposts: Math.floor(rng() * 25),
    likes: Math.floor(rng() * 900),
    views: 1000 + Math.floor(rng() * 90000),
  };
}
