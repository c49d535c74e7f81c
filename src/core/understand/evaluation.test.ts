// Per-language accuracy and macro-F1 of classifyIntent and classifySentiment on the labelled posts
// in ./labelled. Each file holds development posts first (the rules were written while reading
// them) and, as its last CHECK_SIZE posts, check posts written later in other styles and topics.
// The check posts were scored once before any rule was changed for them (en 0.75, ru 0.54,
// fi 0.63, sv 0.79 intent accuracy) and have informed general rules since, so the printed
// "check" rows are no longer a blind test; the table reports both parts and the whole.
//
// holdout-<lang>.json: 60 posts per language (10 per intent) written in one go before any rule
// was changed for them. Odd indexes are the development half; even indexes were the untouched half.
// probe-<lang>.json: four later batches (24, 24, 18 and 12 posts per language, one scenario set
// told in each language); blind-<lang>.json and blind2-<lang>.json: 12 posts per language each.
// Every batch was scored once before any rule was changed for it (intent macro-F1 en/ru/fi/sv):
//   untouched half, before the work      0.79 0.77 0.75 0.79
//   untouched half, after dev and probes 0.79 0.79 0.77 0.86
//   probe 1 0.48 0.55 0.53 0.62   probe 2 0.66 0.40 0.50 0.59   probe 3 0.37 0.39 0.65 0.48
//   probe 4 0.62 0.42 0.61 0.76   blind 1 0.64 0.35 0.39 0.52   blind 2 0.32 0.32 0.31 0.37
// probe2…probe8-<lang>.json ("probe 5" to "probe 11" in src/testing/labelled-sets.ts): 48, 48, 36,
// 12, 24, 24 and 24 posts per language, each written and scored once before any rule was changed for it.
// Intent macro-F1 of the product (rules and shipped model) before those changes → after them:
//   probe 5 0.59→0.96 0.67→0.90 0.80→0.94 0.76→0.94 (read while the first general rules were made)
//   probe 6 0.67→0.69 0.82→0.88 0.84→0.88 0.73→0.76 (fresh when scored after them)
//   probe 7 0.69→0.73 0.86→0.89 0.81→0.89 0.86→0.89 (fresh when scored after probe 6's rules)
//   probe 8 0.91→0.91 0.91→0.91 1.00→1.00 0.91→1.00 (short plain posts)
//   probe 9 0.67→0.67 0.68→0.70 0.66→0.66 0.84→0.92 (fresh when scored after probes 7 and 8)
//   probe 10 0.50→0.69 0.70→0.84 0.66→0.78 0.79→0.92 (fresh when scored after probe 9's rules)
//   probe 11 0.70→0.74 0.77→0.88 0.84→0.88 0.87→0.80 (written last; sv lost two the old fallback got)
// blind3-<lang>.json ("blind 3"): 60 posts per language (10 per intent) written by someone who never
// saw the code. Scored once through engine.analyze (as `hearken scan` does, language given) before any
// change for them: intent macro-F1 en 0.75, ru 0.70, fi 0.65, sv 0.63; sentiment en 0.77, ru 0.75,
// fi 0.75, sv 0.80 (the product before the session that preceded it: intent 0.73 0.67 0.60 0.54).
// indepC-<lang>.json ("indep C"): batch C, 60 more posts per language by such a writer, scored once
// through engine.analyze before it was read (intent en 0.63, ru 0.72, fi 0.78, sv 0.77; sentiment 0.62,
// 0.78, 0.85, 0.81); no rule was made from it, only the learned model (intent-model.ts) trains on it.
// indepD-<lang>.json ("indep D"): batch D, 60 more by such a writer, scored four times unread through
// engine.analyze as a development check while the learned models were built (intent en 0.73, ru 0.83,
// fi 0.78, sv 0.83; sentiment 0.72, 0.83, 0.88, 0.85 the last time), then read; its fresh reading is
// the rules of 0244e27, before any change for it.
// indepE-<lang>.json ("indep E"): batch E, 80 posts per language by such a writer, about half in the
// shapes the models found hardest, scored once unread through engine.analyze at c6807ef (intent en 0.76,
// ru 0.79, fi 0.85, sv 0.78; sentiment 0.75, 0.82, 0.88, 0.82), then added (5e0af00) and read.
// indepF-<lang>.json ("indep F"): batch F, 60 posts per language by another such writer, a natural mix,
// scored unread through engine.analyze at bc71f46 (intent en 0.81, ru 0.85, fi 0.89, sv 0.91; sentiment
// 0.83, 0.82, 0.88, 0.82), then added (4f2ef0b) and read.
// indepG-<lang>.json ("indep G"): batch G, 80 posts per language by a third such writer, about half in
// the hard shapes, scored once unread through engine.analyze at 2be0ce7 (intent en 0.82, ru 0.84, fi 0.86,
// sv 0.78; sentiment 0.77, 0.81, 0.85, 0.73), then added (69d5f02) and read.
// After those scores were taken every batch was used to find general rules, so none of the tables
// below is blind any more: the rules fit what they have read and generalise far less.
// The tables here score the rules alone: the learned fallback (intent-model.ts) was trained on
// every one of these posts, and is scored set by set, each left out, in model-evaluation.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTENTS, SENTIMENTS, type Intent, type Sentiment } from '../model';
import { classifyIntent } from './intent';
import { score } from './scores';
import { classifySentiment } from './sentiment';

const LANGS = ['en', 'ru', 'fi', 'sv'] as const;
const CHECK_SIZE = 24;
// Floors are what the rules reach on the whole set, rounded down (see the printed table).
const INTENT_FLOOR = 0.92;
const SENTIMENT_FLOOR = 0.91;
// Floors per later set: what the rules reach now (printed below), less a small margin.
const LATER_FLOORS: Record<string, { intent: number; sentiment: number }> = {
  'held-out dev': { intent: 0.88, sentiment: 0.87 },
  'held-out untouched': { intent: 0.78, sentiment: 0.77 },
  probe: { intent: 0.88, sentiment: 0.88 },
  blind: { intent: 0.8, sentiment: 0.85 },
  // The rules alone on blind 3 as it came: en 0.71, ru 0.64, fi 0.63, sv 0.53 (sentiment 0.76–0.83);
  // after the rules made from it: 0.88, 0.73, 0.79, 0.66 (sentiment 0.84–0.91).
  'blind 3': { intent: 0.64, sentiment: 0.82 },
  'later probes': { intent: 0.86, sentiment: 0.9 },
  // Batch C of an outside writer, no rule made from it: the rules alone as it came (printed below).
  'indep C': { intent: 0.6, sentiment: 0.75 },
  // Batch D, the same: the rules alone as it came, intent en 0.61, ru 0.74, fi 0.71, sv 0.71,
  // sentiment 0.71, 0.79, 0.81, 0.82 (printed below), less a small margin.
  'indep D': { intent: 0.58, sentiment: 0.68 },
  // Batch E, the same: the rules alone as it came, intent en 0.67, ru 0.70, fi 0.72, sv 0.68 (their
  // feeling leans on the shipped intent model, which has read it: 0.84–0.92), less a small margin.
  'indep E': { intent: 0.65, sentiment: 0.8 },
  // Batch F, the same: the rules alone as it came, intent en 0.67, ru 0.78, fi 0.72, sv 0.75, sentiment
  // 0.89, 0.87, 0.93, 0.95, less a small margin.
  'indep F': { intent: 0.65, sentiment: 0.85 },
  // Batch G, the same: the rules alone as it came, intent en 0.64, ru 0.69, fi 0.72, sv 0.68, sentiment
  // 0.79, 0.88, 0.88, 0.90, less a small margin.
  'indep G': { intent: 0.62, sentiment: 0.77 },
};

interface Labelled {
  text: string;
  intent: Intent;
  sentiment: Sentiment;
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const LATER_PROBES = ['probe2', 'probe3', 'probe4', 'probe5', 'probe6', 'probe7', 'probe8'];

function load(name: string): Labelled[] {
  const data: unknown = JSON.parse(readFileSync(join(here, 'labelled', `${name}.json`), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${name}.json is not a list`);
  return data as Labelled[];
}

const row = (lang: string, part: string, n: number, r: ReturnType<typeof evaluate>): string =>
  `${lang.padEnd(5)} ${part.padEnd(19)} ${String(n).padStart(3)}   ${pct(r.intent.accuracy)}      ${pct(r.intent.macroF1)}      ${pct(r.sentiment.accuracy)}     ${pct(r.sentiment.macroF1)}`;

function evaluate(posts: Labelled[], lang: string) {
  // The rules alone: the learned fallback has read these posts (model-evaluation.test.ts scores it honestly).
  const intents = posts.map((p) => classifyIntent(p.text, lang, null).label);
  const sentiments = posts.map((p) => classifySentiment(p.text, lang, null).label);
  return {
    intent: score(posts.map((p) => p.intent), intents, INTENTS),
    sentiment: score(posts.map((p) => p.sentiment), sentiments, SENTIMENTS),
    misses: posts
      .map((p, i) => ({ p, intent: intents[i]!, sentiment: sentiments[i]! }))
      .filter((m) => m.intent !== m.p.intent || m.sentiment !== m.p.sentiment),
  };
}

const pct = (x: number): string => x.toFixed(2).padStart(5);

describe('labelled posts', () => {
  const sets = Object.fromEntries(LANGS.map((lang) => [lang, load(lang)])) as Record<string, Labelled[]>;

  it.each(LANGS)('%s: at least 60 well-formed posts, 10 or more per intent', (lang) => {
    const posts = sets[lang]!;
    expect(posts.length).toBeGreaterThanOrEqual(60);
    for (const p of posts) {
      expect(typeof p.text === 'string' && p.text.trim().length > 0).toBe(true);
      expect(INTENTS).toContain(p.intent);
      expect(SENTIMENTS).toContain(p.sentiment);
    }
    for (const intent of INTENTS) {
      expect(posts.filter((p) => p.intent === intent).length, intent).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(posts.map((p) => p.text)).size).toBe(posts.length);
  });

  it('classifies them well enough in every language', () => {
    const rows: string[] = [];
    const header = 'lang  part          n   intent acc  intent F1   sent acc   sent F1';
    rows.push(header, '-'.repeat(header.length));
    const whole: Record<string, ReturnType<typeof evaluate>> = {};
    for (const lang of LANGS) {
      const posts = sets[lang]!;
      const parts: [string, Labelled[]][] = [
        ['development', posts.slice(0, -CHECK_SIZE)],
        ['check', posts.slice(-CHECK_SIZE)],
        ['all', posts],
      ];
      for (const [part, subset] of parts) {
        const r = evaluate(subset, lang);
        if (part === 'all') whole[lang] = r;
        rows.push(
          `${lang.padEnd(5)} ${part.padEnd(12)} ${String(subset.length).padStart(3)}   ${pct(r.intent.accuracy)}      ${pct(r.intent.macroF1)}      ${pct(r.sentiment.accuracy)}     ${pct(r.sentiment.macroF1)}`,
        );
      }
    }
    console.log(`\nIntent and sentiment on the labelled posts\n${rows.join('\n')}\n`);
    const misses = LANGS.flatMap((lang) =>
      whole[lang]!.misses.map((m) => `${lang} intent ${m.p.intent}→${m.intent} sentiment ${m.p.sentiment}→${m.sentiment}: ${m.p.text}`),
    );
    if (misses.length) console.log(`Misses:\n${misses.join('\n')}\n`);
    for (const lang of LANGS) {
      expect(whole[lang]!.intent.macroF1, `${lang} intent macro-F1`).toBeGreaterThanOrEqual(INTENT_FLOOR);
      expect(whole[lang]!.sentiment.macroF1, `${lang} sentiment macro-F1`).toBeGreaterThanOrEqual(SENTIMENT_FLOOR);
    }
  });

  const later = Object.fromEntries(
    LANGS.map((lang) => {
      const holdout = load(`holdout-${lang}`);
      return [
        lang,
        {
          'held-out dev': holdout.filter((_, i) => i % 2 === 1),
          'held-out untouched': holdout.filter((_, i) => i % 2 === 0),
          probe: load(`probe-${lang}`),
          blind: [...load(`blind-${lang}`), ...load(`blind2-${lang}`)],
          'blind 3': load(`blind3-${lang}`),
          'indep C': load(`indepC-${lang}`),
          'indep D': load(`indepD-${lang}`),
          'indep E': load(`indepE-${lang}`),
          'indep F': load(`indepF-${lang}`),
          'indep G': load(`indepG-${lang}`),
          'later probes': LATER_PROBES.flatMap((name) => load(`${name}-${lang}`)),
        } as Record<string, Labelled[]>,
      ];
    }),
  );

  it.each(LANGS)('%s: held-out and probe sets are well-formed and balanced', (lang) => {
    const holdout = load(`holdout-${lang}`);
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    for (const [name, posts] of Object.entries(later[lang]!)) {
      for (const p of posts) {
        expect(INTENTS, name).toContain(p.intent);
        expect(SENTIMENTS, name).toContain(p.sentiment);
      }
      for (const intent of INTENTS) {
        expect(posts.filter((p) => p.intent === intent).length, `${name} ${intent}`).toBeGreaterThanOrEqual(2);
      }
    }
    const all = [
      ...sets[lang]!,
      ...holdout,
      ...load(`probe-${lang}`),
      ...load(`blind-${lang}`),
      ...load(`blind2-${lang}`),
      ...load(`blind3-${lang}`),
      ...load(`indepC-${lang}`),
      ...load(`indepD-${lang}`),
      ...load(`indepE-${lang}`),
      ...load(`indepF-${lang}`),
      ...load(`indepG-${lang}`),
      ...LATER_PROBES.flatMap((name) => load(`${name}-${lang}`)),
    ].map(
      (p) => p.text,
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('classifies held-out and probe posts, reported apart from the sets the rules grew on', () => {
    const header = 'lang  set                   n   intent acc  intent F1   sent acc   sent F1';
    const rows = [header, '-'.repeat(header.length)];
    const misses: string[] = [];
    const results: [string, string, ReturnType<typeof evaluate>][] = [];
    for (const lang of LANGS) {
      for (const [name, posts] of Object.entries(later[lang]!)) {
        const r = evaluate(posts, lang);
        results.push([lang, name, r]);
        rows.push(row(lang, name, posts.length, r));
        {
          for (const m of r.misses) {
            misses.push(`${lang} ${name} intent ${m.p.intent}→${m.intent} sentiment ${m.p.sentiment}→${m.sentiment}: ${m.p.text}`);
          }
        }
      }
    }
    console.log(`\nIntent and sentiment on held-out and probe posts\n${rows.join('\n')}\n`);
    if (misses.length) console.log(`Misses:\n${misses.join('\n')}\n`);
    for (const [lang, name, r] of results) {
      const floor = LATER_FLOORS[name]!;
      expect(r.intent.macroF1, `${lang} ${name} intent macro-F1`).toBeGreaterThanOrEqual(floor.intent);
      expect(r.sentiment.macroF1, `${lang} ${name} sentiment macro-F1`).toBeGreaterThanOrEqual(floor.sentiment);
    }
  });
});
