// Matching benchmark: the engine's watch-list matcher (inflection and compounds on) against the
// common way, one Unicode-aware regular expression alternation of all terms, over the captured
// pages and a generated multilingual corpus. Run: npx tsx bench/matching.bench.ts
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createWatcher } from '../src/core/engine';
import type { WatchItem } from '../src/core/playbook';

const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [10, 100, 1000, 3000, 10000];
const REGEX_LIMIT_MS = 20_000;
const CORPUS_BYTES = 5.5e6;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = process.env.HEARKEN_FIXTURES ?? resolve(root, '../shared/fixtures/raw');

/** Deterministic random numbers in [0, 1) from a seed (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = seededRandom(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const VOCAB = {
  en: 'the and is was our team support app phone update price service account customer battery screen release feature problem question answer people company market brand network community review delivery order refund week today really great terrible slow fast new old best worst help please thanks anyone know how why when where which tool tools apps teams'.split(' '),
  ru: 'и в не на что это как сервис поддержка приложение телефона обновление цена клиентов аккаунт батарея экран версии функция проблема вопрос ответ люди компании рынке бренда сети сообщества отзыв доставка заказ возврат неделю сегодня очень отличный ужасный медленно быстро новый лучший худший помогите спасибо кто знает почему когда где блогов блоге социальных сетях'.split(' '),
  fi: 'ja on ei se että mutta kun palvelu tuki sovellus puhelimen päivitys hinta asiakkaat tili akku näyttö version ominaisuus ongelma kysymys vastaus ihmiset yrityksen markkinoilla brändin verkossa yhteisön arvostelu toimitus tilaus palautus viikolla tänään tosi hyvä surkea hidas nopea uusi paras huonoin auttakaa kiitos tietääkö miksi milloin missä markkinoijan kaupassa mediassa'.split(' '),
  sv: 'och är att det som inte jag på för med tjänsten supporten appen telefonens uppdateringen priset kunderna kontot batteriet skärmen versionen funktionen problemet frågan svaret folk företaget marknaden varumärket nätverket gemenskapen recensionen leveransen ordern återbetalning veckan idag verkligen bra usel långsam snabb ny bäst sämst hjälp tack någon vet varför när var sociala medierna kampanjen'.split(' '),
};
type Lang = keyof typeof VOCAB;
const LANGS = Object.keys(VOCAB) as Lang[];

// Topic words: watched as phrases ("customer service", "социальные сети") and met now and then in posts.
const TOPICS = {
  en: 'customer service social media battery life dark mode release notes price increase data breach free trial mobile app user interface'.split(' '),
  ru: 'социальные сети служба поддержки мобильное приложение пробный период утечка данных тёмная тема личный кабинет'.split(' '),
  fi: 'sosiaalinen media asiakaspalvelu mobiilisovellus ilmainen kokeilu tietovuoto tumma teema hinnankorotus käyttöliittymä'.split(' '),
  sv: 'sociala medier kundtjänst mobilappen gratis provperiod dataläcka mörkt läge prishöjning användargränssnitt'.split(' '),
};

// The long tail of a real feed: thousands of distinct words, a few frequent and most rare (Zipf),
// with their inflections, so most words of the corpus are looked up for the first time now and then.
const TAIL_SYLLABLES = {
  en: 'con tra ment ble ver sion pro por ter dis mis ous ance ful ness sta bil hap pen cor rect val ue mar ket'.split(' '),
  ru: 'про раз вер ст ов ени ка ль ност ник ред мет пол ож ит ств ова тел ус тан вл ен пис'.split(' '),
  fi: 'ta lo ku va ri ih mi nen tu ot te yk si hen ki lö jär jes tel mä pal ve lu sel vi'.split(' '),
  sv: 'för hål lan de ut veck ling sam häl le ar bet kost nad an vän da bo stad sy ste met lå'.split(' '),
};
const TAIL_ENDINGS = {
  en: ['', '', '', 's', 'ed', 'ing', 'ly', "'s"],
  ru: ['', 'а', 'ы', 'ов', 'ами', 'е', 'ой', 'ую', 'ого', 'ых'],
  fi: ['', 'n', 'a', 'ssa', 'sta', 'lla', 't', 'ksi', 'ja', 'nsa'],
  sv: ['', 'en', 'et', 'er', 'arna', 's', 'na', 'ens'],
};
const TAIL_SIZE = 6000;
const tails = Object.fromEntries(
  LANGS.map((lang) => {
    const words = new Set<string>();
    while (words.size < TAIL_SIZE) {
      let w = '';
      const n = 2 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) w += pick(TAIL_SYLLABLES[lang]);
      words.add(w);
    }
    return [lang, [...words]];
  }),
) as Record<Lang, string[]>;
/** Rank r with probability about 1/r (a log-uniform draw), so a few words are frequent and most rare. */
const zipf = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(Math.exp(rand() * Math.log(xs.length + 1))) - 1)] as T;
const tailWord = (lang: Lang) => zipf(tails[lang]) + pick(TAIL_ENDINGS[lang]);

const SYLLABLES = 'ka ri no ve la to mi sa ko ru pe ta li ne ro va si mo ke lu da fi ar el on is ul ex or an'.split(' ');
function name(): string {
  let s = '';
  const n = 2 + Math.floor(rand() * 2);
  for (let i = 0; i < n; i++) s += pick(SYLLABLES);
  return s[0]?.toUpperCase() + s.slice(1);
}
const RU_SYLLABLES = 'ка ри но ве ла то ми са ко ру пе та ли не ро ва си мо'.split(' ');
function ruName(): string {
  let s = '';
  for (let i = 0; i < 3; i++) s += pick(RU_SYLLABLES);
  return s[0]?.toUpperCase() + s.slice(1);
}

/** A watch list as teams write them: names, products, handles, tags, domains, abbreviations, topic phrases. */
function makeTerms(count: number): string[] {
  const terms = new Set<string>();
  while (terms.size < count) {
    const r = rand();
    if (r < 0.45) terms.add(name());
    else if (r < 0.55) terms.add(ruName());
    else if (r < 0.7) terms.add(`${name()} ${pick(['Cloud', 'Notes', 'Pay', 'Pro', 'Studio', 'Hub'])}`);
    else if (r < 0.75) terms.add(`@${name().toLowerCase()}`);
    else if (r < 0.8) terms.add(`#${name().toLowerCase()}`);
    else if (r < 0.85) terms.add(`${name().toLowerCase()}.${pick(['com', 'fi', 'se', 'ru', 'io'])}`);
    else if (r < 0.88) terms.add(pick(['PR', 'IBM', 'SEO', 'CRM', 'API', 'SaaS', 'B2B']));
    else if (r < 0.9) terms.add(pick(TOPICS[pick(LANGS)]));
    else {
      const lang = pick(LANGS);
      terms.add(`${pick(TOPICS[lang])} ${pick(TOPICS[lang])}`);
    }
  }
  return [...terms];
}

/**
 * Posts like a feed's: mostly words no watch list holds (frequent words and a long tail of rarer
 * ones with their endings), names, handles and links, some topic words, and about one word in a
 * hundred a watched brand, often inflected.
 */
function makeCorpus(bytes: number, brands: string[]): string[] {
  const posts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const lang = pick(LANGS);
    const words: string[] = [];
    const n = 15 + Math.floor(rand() * 120);
    for (let i = 0; i < n; i++) {
      const r = rand();
      let w: string;
      if (r < 0.01) w = pick(brands) + pick(['', '', "'s", 'n', 'in', 'a', 'kampanjen', 'е', 'ом']);
      else if (r < 0.013) w = `@${name().toLowerCase()}`;
      else if (r < 0.016) w = `https://${name().toLowerCase()}.com/x`;
      else if (r < 0.03) w = name();
      else if (r < 0.04) w = pick(TOPICS[lang]);
      else if (r < 0.5) w = pick(VOCAB[lang]);
      else w = tailWord(lang);
      words.push(w + (rand() < 0.1 ? pick([',', '.', '!', '?']) : ''));
    }
    const post = words.join(' ');
    posts.push(post);
    size += Buffer.byteLength(post);
  }
  return posts;
}

function fixtureTexts(): string[] {
  if (!existsSync(join(fixturesDir, 'SOURCES.tsv'))) {
    console.log(`NOTICE: ${fixturesDir} is absent: the captured pages are skipped.`);
    return [];
  }
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) =>
      readFileSync(join(fixturesDir, f), 'utf8')
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' '),
    );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wall-clock and CPU milliseconds since `start` (CPU time is what the work cost on a shared machine). */
interface Timer { wall: number; cpu: NodeJS.CpuUsage }
const startTimer = (): Timer => ({ wall: performance.now(), cpu: process.cpuUsage() });
function elapsed(t: Timer): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage(t.cpu);
  return { ms: performance.now() - t.wall, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function alternation(terms: string[], posts: string[]): { ms: number; cpuMs: number; done: number; matches: number } {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const timer = startTimer();
  const start = timer.wall;
  let matches = 0;
  let done = 0;
  for (const post of posts) {
    re.lastIndex = 0;
    for (const _ of post.matchAll(re)) matches++;
    done += Buffer.byteLength(post);
    if (performance.now() - start > REGEX_LIMIT_MS) break;
  }
  return { ...elapsed(timer), done, matches };
}

const gc: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function engine(terms: string[], posts: string[]) {
  const watch: WatchItem[] = [];
  for (let i = 0; i < terms.length; i += 10) {
    watch.push({ label: `item ${i / 10}`, kind: 'brand', terms: terms.slice(i, i + 10) });
  }
  // twice: one full collection can leave the previous list's garbage behind (a negative figure)
  gc();
  gc();
  // typed arrays (the matcher's tables) live outside the JS heap: counted too
  const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = memory();
  const t0 = performance.now();
  const watcher = createWatcher({ watch });
  const compileMs = performance.now() - t0;
  const pass = () => {
    const timer = startTimer();
    let matches = 0;
    for (const post of posts) matches += watcher(post).matches.length;
    return { ...elapsed(timer), matches };
  };
  // the first pass also fills the per-word tables; later passes are the steady state of a long session
  const first = pass();
  const passes = [pass(), pass(), pass()];
  const median = (key: 'ms' | 'cpuMs') => (passes.map((p) => p[key]).sort((a, b) => a - b)[1] as number);
  const warm = { ms: median('ms'), cpuMs: median('cpuMs') };
  gc();
  // what the compiled list and the matcher's tables keep (the watcher is still alive here)
  const heapMb = (memory() - heapBefore) / 1e6;
  watcher('');
  return { compileMs, first, warm, heapMb };
}

const brandPool = makeTerms(400).filter((t) => !t.includes(' ') && !/^[@#]/.test(t) && !/^\p{Lu}{2,3}$/u.test(t));
const corpora: [string, string[]][] = [
  ['captured pages', fixtureTexts()],
  ['generated corpus', makeCorpus(CORPUS_BYTES, brandPool)],
];
const listsBySize = new Map(SIZES.map((n) => [n, [...brandPool.slice(0, Math.min(n, 50)), ...makeTerms(n)].slice(0, n)]));

// warm the JIT up on other terms and texts first, so the first measured list is not penalised
{
  const warmTerms = makeTerms(200);
  const warmPosts = makeCorpus(1e6, warmTerms);
  engine(warmTerms, warmPosts);
  alternation(warmTerms.slice(0, 50), warmPosts.slice(0, 200));
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log('Hearken matching benchmark: the engine (inflection and compounds on) against one Unicode-aware regex alternation');
console.log(`MB/s over UTF-8 bytes, as CPU time of this process and (in brackets) wall clock; ${cpus().length} cores, load average ${load()} at the start`);
type Clock = 'cpu' | 'wall';
type Pass = 'first' | 'warm';
const VIEWS = [
  ['first', 'cpu'],
  ['first', 'wall'],
  ['warm', 'cpu'],
  ['warm', 'wall'],
] as const;
interface Row { n: number; engineMs: Record<Pass, Record<Clock, number>>; regexMs: Record<Clock, number>; regexMb: number; complete: boolean }
const results: [string, number, Row[]][] = [];
for (const [label, posts] of corpora) {
  if (posts.length === 0) continue;
  const bytes = posts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const mb = bytes / 1e6;
  const words = posts.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  console.log(`\n${label}: ${posts.length} texts, ${fmt(mb, 2)} MB, ${words.toLocaleString('en')} words`);
  console.log(' terms  compile  first pass MB/s  warm pass MB/s   heap    regex alternation MB/s       speed-up (first pass)  mentions: engine / regex');
  const rows: Row[] = [];
  for (const n of SIZES) {
    const terms = listsBySize.get(n) as string[];
    const e = engine(terms, posts);
    const r = alternation(terms, posts);
    const complete = r.done >= bytes - 1;
    const row: Row = {
      n,
      engineMs: { first: { cpu: e.first.cpuMs, wall: e.first.ms }, warm: { cpu: e.warm.cpuMs, wall: e.warm.ms } },
      regexMs: { cpu: r.cpuMs, wall: r.ms },
      regexMb: r.done / 1e6,
      complete,
    };
    rows.push(row);
    const rate = (pass: Pass, clock: Clock) => mb / (row.engineMs[pass][clock] / 1000);
    const regexRate = (clock: Clock) => row.regexMb / (row.regexMs[clock] / 1000);
    const both = (f: (clock: Clock) => number, d = 1) => `${fmt(f('cpu'), d)} (${fmt(f('wall'), d)})`;
    const regexText = complete ? both(regexRate) : `${both(regexRate, 2)} to ${fmt(row.regexMb, 2)} MB`;
    console.log(
      `${String(n).padStart(6)} ${fmt(e.compileMs, 0).padStart(5)} ms  ${both((c) => rate('first', c)).padStart(13)}  ${both((c) => rate('warm', c)).padStart(13)}  ${fmt(e.heapMb).padStart(5)} MB  ${regexText.padEnd(26)}  ${(complete ? '' : '≥ ') + both((c) => rate('first', c) / regexRate(c))}×`.padEnd(118) +
        `${e.first.matches} / ${r.matches}${complete ? '' : ' (regex stopped at the time limit)'}`,
    );
  }
  results.push([label, mb, rows]);
}

// An extra row, apart from the goals: the 10,000-term list above turns one word in ten of the
// generated feed into a mention, because its thousands of two-syllable names are made from the same
// syllables as the feed's names and its Finnish and Swedish words, so they open compounds everywhere.
// Here the names are made from other syllables (the first 50 brands, the topic words and phrases,
// handles, tags, domains and abbreviations kept), as distinct as real brand names; same feed.
const feed = corpora.find(([label]) => label === 'generated corpus')?.[1] ?? [];
if (SIZES.includes(10) && SIZES.includes(10000) && feed.length > 0) {
  const DISTINCT = 'zu qua xo vy bri gle dro fen jax kym ozz pex sny thu wob yel zan quo vix ber'.split(' ');
  // its own random numbers, so the rows above are made exactly as before
  const ownRand = seededRandom(7);
  const distinctName = () => {
    let w = '';
    const n = 2 + Math.floor(ownRand() * 2);
    for (let i = 0; i < n; i++) w += DISTINCT[Math.floor(ownRand() * DISTINCT.length)];
    return w[0]?.toUpperCase() + w.slice(1);
  };
  // the same list, each name made from other syllables (phrases keep their second word)
  const namePart = /^\p{Lu}\p{Ll}+$/u;
  const base = listsBySize.get(10000) as string[];
  const seen = new Set<string>();
  const terms = base.map((term, i) => {
    if (i < 50) return term;
    let out = term.split(' ').map((w, k) => (k === 0 && namePart.test(w) && !/^\p{Script=Cyrillic}/u.test(w) ? distinctName() : w)).join(' ');
    out = out.replace(/^([@#])[a-z]+$/u, (_, sigil: string) => sigil + distinctName().toLowerCase()).replace(/^[a-z]+(\.[a-z]+)$/u, (_, tld: string) => distinctName().toLowerCase() + tld);
    while (seen.has(out)) out += distinctName().toLowerCase();
    seen.add(out);
    return out;
  });
  const mb = feed.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
  const small = engine(listsBySize.get(10) as string[], feed);
  const big = engine(terms, feed);
  const rate = (ms: number) => fmt(mb / (ms / 1000));
  console.log('\nExtra row (not one of the goals): 10,000 terms whose names are as distinct as real brand names, generated corpus');
  console.log(' terms  first pass MB/s  warm pass MB/s   mentions   cost at 10,000 terms ÷ cost at 10 (first | warm, CPU)');
  for (const [n, e] of [[10, small], [10000, big]] as const) {
    console.log(`${String(n).padStart(6)}  ${`${rate(e.first.cpuMs)} (${rate(e.first.ms)})`.padStart(13)}  ${`${rate(e.warm.cpuMs)} (${rate(e.warm.ms)})`.padStart(13)}  ${String(e.first.matches).padStart(8)}`);
  }
  console.log(`  ratio ${fmt(big.first.cpuMs / small.first.cpuMs, 2)}× | ${fmt(big.warm.cpuMs / small.warm.cpuMs, 2)}×`);
}

console.log(`\nGoals (load average ${load()} at the end); each as first pass CPU | first pass wall | warm pass CPU | warm pass wall:`);
for (const [label, mb, rows] of results) {
  const mark = (ok: boolean) => (ok ? 'yes' : 'NO ');
  const cells = (f: (pass: Pass, clock: Clock) => [number, boolean, string]) =>
    VIEWS.map(([pass, clock]) => {
      const [value, ok, suffix] = f(pass, clock);
      return `${mark(ok)} ${fmt(value, 2)}${suffix}`.padEnd(16);
    }).join(' | ');
  const at = (n: number) => rows.find((r) => r.n === n);
  const r1000 = at(1000);
  if (r1000) {
    console.log(`  ${label}: ≥ 3× the alternation at 1,000 terms     ${cells((pass, clock) => {
      const x = (r1000.regexMs[clock] / r1000.regexMb) / (r1000.engineMs[pass][clock] / mb);
      return [x, x >= 3, r1000.complete ? '×' : '× (≥)'];
    })}`);
  }
  console.log(`  ${label}: ≥ 20 MB/s at every list size, slowest ${cells((pass, clock) => {
    const slowest = Math.min(...rows.map((r) => mb / (r.engineMs[pass][clock] / 1000)));
    return [slowest, slowest >= 20, ' MB/s'];
  })}`);
  const r10 = at(10);
  const r10k = at(10000);
  if (r10 && r10k) {
    console.log(`  ${label}: cost at 10,000 terms ≤ 1.5× at 10       ${cells((pass, clock) => {
      const x = r10k.engineMs[pass][clock] / r10.engineMs[pass][clock];
      return [x, x <= 1.5, '×'];
    })}`);
  }
}
console.log('  (the warm pass is the median of three passes over the same texts with the same watcher, as in a long session; the alternation runs once)');
