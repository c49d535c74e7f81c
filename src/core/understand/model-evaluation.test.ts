// Leave-one-set-out evaluation of the learned intent fallback. For each later set (the untouched
// half of holdout-<lang>, each of the four probe batches, each blind batch) the model is trained
// on every other labelled post of the language and never sees that set; intent macro-F1 of the
// rules alone is set beside the rules with that model as their fallback.
//
// The rules of today have read every one of these sets (evaluation.test.ts), so "rules" here is
// far above what they reached on each set when it was fresh, and the model can only show that it
// does not spoil them. Scored the same way against the rules as they were when each set was
// written (git archive of the commit that added it), the fallback lifted the mean macro-F1 over
// the seven sets from en 0.54 → 0.62, ru 0.44 → 0.51, fi 0.53 → 0.61, sv 0.58 → 0.66.
// LEARNED_AT (0.8) was chosen from 0.5–0.9 on this table, so its gain is a little optimistic.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS, type Intent } from '../model';
import { classifyIntent } from './intent';
import { PACKED_INTENT_MODEL } from './intent-model.generated';
import { packIntentModel, trainIntentModel, unpackIntentModel, type LabelledPost } from './intent-model';
import { LABELLED_DIR, labelledSetsOf, loadLabelled } from '../../testing/labelled-sets';
import { score } from './scores';

const LANGS = ['en', 'ru', 'fi', 'sv'] as const;
const EVALUATED = ['untouched', 'probe 1', 'probe 2', 'probe 3', 'probe 4', 'blind 1', 'blind 2'] as const;
// Mean macro-F1 over the seven sets with the fallback, as reached (printed below) less 0.02.
const HYBRID_FLOOR: Record<string, number> = { en: 0.94, ru: 0.92, fi: 0.88, sv: 0.97 };
// No language may lose more than this against the rules alone.
const WORSE_AT_MOST = 0.01;

const macroF1 = (posts: LabelledPost[], labels: Intent[]): number =>
  score(
    posts.map((p) => p.intent),
    labels,
    INTENTS,
  ).macroF1;

describe('the learned intent fallback', () => {
  it('helps the rules on sets it never saw, in every language (leave one set out)', () => {
    const f = (x: number): string => x.toFixed(2).padStart(5);
    const header = `lang  ${EVALUATED.map((s) => s.padStart(11)).join('')}          mean`;
    const rows = [header, '-'.repeat(header.length)];
    const means: Record<string, { rules: number; hybrid: number }> = {};
    for (const lang of LANGS) {
      const sets = labelledSetsOf(lang);
      expect(Object.values(sets).reduce((n, s) => n + s.length, 0)).toBe(
        readdirSync(LABELLED_DIR)
          .filter((name) => name === `${lang}.json` || name.endsWith(`-${lang}.json`))
          .reduce((n, name) => n + loadLabelled(name).length, 0),
      );
      const cells: string[] = [];
      let rulesSum = 0;
      let hybridSum = 0;
      for (const name of EVALUATED) {
        const training = Object.entries(sets).flatMap(([other, posts]) => (other === name ? [] : posts));
        const model = unpackIntentModel(packIntentModel(trainIntentModel({ [lang]: training })));
        const test = sets[name]!;
        const rules = macroF1(
          test,
          test.map((p) => classifyIntent(p.text, lang, null).label),
        );
        const hybrid = macroF1(
          test,
          test.map((p) => classifyIntent(p.text, lang, model).label),
        );
        rulesSum += rules;
        hybridSum += hybrid;
        cells.push(`${f(rules)}→${f(hybrid)}`);
      }
      means[lang] = { rules: rulesSum / EVALUATED.length, hybrid: hybridSum / EVALUATED.length };
      rows.push(`${lang.padEnd(4)}  ${cells.join('')}  ${means[lang].rules.toFixed(3)}→${means[lang].hybrid.toFixed(3)}`);
    }
    console.log(`\nIntent macro-F1, rules alone → rules with the learned fallback, each set left out of training\n${rows.join('\n')}\n`);
    for (const lang of LANGS) {
      const m = means[lang]!;
      expect(m.hybrid, `${lang} mean with the fallback`).toBeGreaterThanOrEqual(HYBRID_FLOOR[lang]!);
      expect(m.hybrid, `${lang} no worse than the rules`).toBeGreaterThanOrEqual(m.rules - WORSE_AT_MOST);
    }
    const overall = (k: 'rules' | 'hybrid'): number => LANGS.reduce((a, lang) => a + means[lang]![k], 0) / LANGS.length;
    expect(overall('hybrid')).toBeGreaterThan(overall('rules'));
  });

  it('ships the model trained on every labelled post (run npx tsx scripts/train-intent.ts after changing them)', () => {
    const all = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        readdirSync(LABELLED_DIR)
          .filter((name) => name === `${lang}.json` || name.endsWith(`-${lang}.json`))
          .sort()
          .flatMap(loadLabelled),
      ]),
    );
    expect(packIntentModel(trainIntentModel(all))).toEqual(PACKED_INTENT_MODEL);
  });
});
