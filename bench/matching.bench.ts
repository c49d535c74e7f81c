// Matching benchmark: the engine's watch-list matcher (inflection and compounds on) against the
// common way, one Unicode-aware regular expression alternation of all terms, over the captured
// pages and a generated multilingual corpus. Run: npx tsx bench/matching.bench.ts
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWatcher } from '../src/core/engine';
import type { WatchItem } from '../src/core/playbook';

const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [10, 100, 1000, 3000, 10000];
const REGEX_LIMIT_MS = 20_000;
const CORPUS_BYTES = 5.5e6;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = process.env.HEARKEN_FIXTURES ?? resolve(root, '../shared/fixtures/raw');

// deterministic random numbers
let seed = 42;
const rand = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const VOCAB = {
  en: 'the and is was our team support app phone update price service account customer battery screen release feature problem question answer people company market brand network community review delivery order refund week today really great terrible slow fast new old best worst help please thanks anyone know how why when where which tool tools apps teams'.split(' '),
  ru: 'и в не на что это как сервис поддержка приложение телефона обновление цена клиентов аккаунт батарея экран версии функция проблема вопрос ответ люди компании рынке бренда сети сообщества отзыв доставка заказ возврат неделю сегодня очень отличный ужасный медленно быстро новый лучший худший помогите спасибо кто знает почему когда где блогов блоге социальных сетях'.split(' '),
  fi: 'ja on ei se että mutta kun palvelu tuki sovellus puhelimen päivitys hinta asiakkaat tili akku näyttö version ominaisuus ongelma kysymys vastaus ihmiset yrityksen markkinoilla brändin verkossa yhteisön arvostelu toimitus tilaus palautus viikolla tänään tosi hyvä surkea hidas nopea uusi paras huonoin auttakaa kiitos tietääkö miksi milloin missä markkinoijan kaupassa mediassa'.split(' '),
  sv: 'och är att det som inte jag på för med tjänsten supporten appen telefonens uppdateringen priset kunderna kontot batteriet skärmen versionen funktionen problemet frågan svaret folk företaget marknaden varumärket nätverket gemenskapen recensionen leveransen ordern återbetalning veckan idag verkligen bra usel långsam snabb ny bäst sämst hjälp tack någon vet varför när var sociala medierna kampanjen'.split(' '),
};
type Lang = keyof typeof VOCAB;
const LANGS = Object.keys(VOCAB) as Lang[];

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
    else if (r < 0.9) terms.add(pick(['PR', 'IBM', 'SEO', 'CRM', 'API', 'SaaS', 'B2B']));
    else {
      const lang = pick(LANGS);
      terms.add(`${pick(VOCAB[lang])} ${pick(VOCAB[lang])}`);
    }
    // a few common words, as topic lists have; most filler words of the corpus are not watched
    if (terms.size < count && rand() < 0.005) terms.add(pick(VOCAB[pick(LANGS)]));
  }
  return [...terms];
}

function makeCorpus(bytes: number, brands: string[]): string[] {
  const posts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const lang = pick(LANGS);
    const words: string[] = [];
    const n = 40 + Math.floor(rand() * 200);
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.02) words.push(pick(brands) + pick(['', '', "'s", 'n', 'in', 'a', 'kampanjen', 'е', 'ом']));
      else if (r < 0.025) words.push(`@${name().toLowerCase()}`);
      else if (r < 0.03) words.push(`https://${name().toLowerCase()}.com/x`);
      else if (r < 0.06) words.push(name());
      else words.push(pick(VOCAB[lang]) + (rand() < 0.1 ? pick([',', '.', '!', '?']) : ''));
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

function alternation(terms: string[], posts: string[]): { ms: number; done: number; matches: number } {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const start = performance.now();
  let matches = 0;
  let done = 0;
  for (const post of posts) {
    re.lastIndex = 0;
    for (const _ of post.matchAll(re)) matches++;
    done += Buffer.byteLength(post);
    if (performance.now() - start > REGEX_LIMIT_MS) break;
  }
  return { ms: performance.now() - start, done, matches };
}

function engine(terms: string[], posts: string[]) {
  const watch: WatchItem[] = [];
  for (let i = 0; i < terms.length; i += 10) {
    watch.push({ label: `item ${i / 10}`, kind: 'brand', terms: terms.slice(i, i + 10) });
  }
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const watcher = createWatcher({ watch });
  const compileMs = performance.now() - t0;
  const pass = () => {
    const s = performance.now();
    let matches = 0;
    for (const post of posts) matches += watcher(post).matches.length;
    return { ms: performance.now() - s, matches };
  };
  const cold = pass();
  // the median of three passes: the machine may be shared, one pass can be unlucky
  const warm = [pass(), pass(), pass()].sort((a, b) => a.ms - b.ms)[1] as { ms: number; matches: number };
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  return { compileMs, cold, warm, heapMb };
}

const brandPool = makeTerms(400).filter((t) => !t.includes(' '));
const corpora: [string, string[]][] = [
  ['captured pages', fixtureTexts()],
  ['generated corpus', makeCorpus(CORPUS_BYTES, brandPool.map((t) => t.replace(/^[@#]/, '')))],
];
const listsBySize = new Map(SIZES.map((n) => [n, [...brandPool.slice(0, Math.min(n, 50)), ...makeTerms(n)].slice(0, n)]));

// warm the JIT up on other terms and texts first, so the first measured list is not penalised
{
  const warmTerms = makeTerms(200);
  const warmPosts = makeCorpus(1e6, warmTerms);
  engine(warmTerms, warmPosts);
  alternation(warmTerms.slice(0, 50), warmPosts.slice(0, 200));
}

console.log('Hearken matching benchmark (MB/s over UTF-8 bytes; engine with inflection and compounds on)');
for (const [label, posts] of corpora) {
  if (posts.length === 0) continue;
  const mb = posts.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
  console.log(`\n${label}: ${posts.length} texts, ${mb.toFixed(2)} MB`);
  console.log('terms   compile  first pass    warm (median) heap    regex alternation     speed-up (first pass)');
  const costs = new Map<number, number>();
  for (const n of SIZES) {
    const terms = listsBySize.get(n) as string[];
    const e = engine(terms, posts);
    const r = alternation(terms, posts);
    const engineMbS = mb / (e.cold.ms / 1000);
    const warmMbS = mb / (e.warm.ms / 1000);
    const complete = r.done >= mb * 1e6 - 1;
    const regexMbS = r.done / 1e6 / (r.ms / 1000);
    costs.set(n, e.cold.ms);
    const regexText = complete ? `${regexMbS.toFixed(1)} MB/s` : `> limit (${(r.done / 1e6).toFixed(2)} MB in 20 s, ${regexMbS.toFixed(2)} MB/s)`;
    console.log(
      `${String(n).padStart(5)}  ${e.compileMs.toFixed(0).padStart(6)} ms  ${engineMbS.toFixed(1).padStart(7)} MB/s  ${warmMbS.toFixed(1).padStart(7)} MB/s  ${e.heapMb.toFixed(1).padStart(5)} MB  ${regexText.padEnd(20)}  ${(engineMbS / regexMbS).toFixed(1)}×${complete ? '' : ' (at least)'}   [${e.cold.matches} matches; regex ${r.matches}${complete ? '' : ' so far'}]`,
    );
  }
  const c10 = costs.get(10) ?? 1;
  console.log(`cost at 10,000 terms / cost at 10 terms: ${((costs.get(10000) ?? 0) / c10).toFixed(2)} (goal ≤ 1.5)`);
}
