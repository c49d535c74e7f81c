// Leave-one-set-out cross-validation of the intent model: each later set in turn is left out of
// training and scored through the rules as they were when it was written (the nearest thing to
// fresh text the labelled posts offer; today's rules have read every set), beside those rules alone.
//   npx tsx scripts/cv-intent.ts            OPTS='{"l2":0.001}' to try other training options
//   DROP=r:,rule= to leave feature families out
import { INTENTS, SENTIMENTS, type Intent, type Sentiment } from '../src/core/model';
import { intentFeatures, sentimentFeatures, type RuleView } from '../src/core/understand/intent-features';
import { INTENT_TRAINING, MODEL_FLIPS_AT, RULES_STAND_AGAINST_NOTHING, RULES_STAND_AT, RULES_STAND_AT_INTENT } from '../src/core/understand/intent-model';
import { predictLogistic, trainLogistic, type LogisticOptions } from '../src/core/understand/logistic';
import { score } from '../src/core/understand/scores';
import { currentView, freshViews, trainingSetsOf } from '../src/testing/fresh-rule-views';

const LANGS = ['en', 'ru', 'fi', 'sv'];
const opts: LogisticOptions = { ...INTENT_TRAINING, ...(JSON.parse(process.env.OPTS ?? '{}') as Partial<LogisticOptions>) };
const DROP = (process.env.DROP ?? '').split(',').filter(Boolean);
// DROPIN=Name leaves out every feature whose key holds it anywhere.
const DROPIN = (process.env.DROPIN ?? '').split(',').filter(Boolean);
const drop = (f: Map<string, number>): Map<string, number> => {
  if (DROP.length) for (const k of [...f.keys()]) if (DROP.some((d) => k.startsWith(d))) f.delete(k);
  if (DROPIN.length) for (const k of [...f.keys()]) if (DROPIN.some((d) => k.includes(d))) f.delete(k);
  return f;
};
const feats = (text: string, lang: string, view: RuleView): Map<string, number> => drop(intentFeatures(text, lang, view).features);
const SENT = process.env.SENT === '1';
const OUTSIDE = ['blind 3', 'indep C', 'indep D', 'indep E', 'indep F', 'indep G'];
const STAND = Number(process.env.STAND ?? (process.env.SENT === '1' ? RULES_STAND_AT : RULES_STAND_AT_INTENT));
// Each post's features are taken once, as the folds share them.
// EXCLUDE='indep E' leaves sets out of training and evaluation alike (to compare with a run before they came).
const EXCLUDE = (process.env.EXCLUDE ?? '').split(',').filter(Boolean);
const rows = LANGS.flatMap((lang) => Object.entries(trainingSetsOf(lang)).flatMap(([set, posts]) => (EXCLUDE.includes(set) ? [] : posts.map((p) => ({ ...p, set }))))).map((r) => ({
  ...r,
  f: feats(r.text, r.lang, r.view),
  fs: drop(sentimentFeatures(r.text, r.lang, r.view).features),
}));
const evalSets = Object.keys(freshViews()).filter((s) => !(process.env.SKIP ?? '').split(',').includes(s) && !EXCLUDE.includes(s));
const sums: Record<string, Record<string, number>> = {};
const add = (lang: string, k: string, x: number): void => {
  (sums[lang] ??= {})[k] = (sums[lang][k] ?? 0) + x / evalSets.length;
};
const confusion: Record<string, Record<string, number>> = {};
const cells: Record<string, string[]> = {};
if (SENT) {
  // The sentiment model, left out the same way: the product's feeling of the day → the model.
  const sumsS: Record<string, { rules: number; model: number; outside: number; rulesOutside: number }> = {};
  for (const set of evalSets) {
    const lr = trainLogistic(
      rows.filter((r) => r.set !== set && r.sentiment).map((r) => ({ features: r.fs, label: r.sentiment! })),
      SENTIMENTS,
      opts,
    );
    // COHERE=1: the intent model of the same fold decides beside it, and a feeling left neutral takes
    // the feeling of a complaint, crisis or praise decided (classifySentiment does the same).
    const li = process.env.COHERE ? trainLogistic(rows.filter((r) => r.set !== set).map((r) => ({ features: r.f, label: r.intent })), INTENTS, opts) : undefined;
    for (const lang of LANGS) {
      const test = rows.filter((r) => r.set === set && r.lang === lang && r.sentiment);
      const gold = test.map((r) => r.sentiment!);
      const m = (pred: Sentiment[]): number => score(gold, pred, SENTIMENTS).macroF1;
      const decided = test.map((r) => {
        const p = predictLogistic(lr, r.fs);
        const keep = Number(process.env.KEEP ?? RULES_STAND_AGAINST_NOTHING.sentiment);
        const felt = p.posterior[SENTIMENTS.indexOf(r.view.sentiment!)]! >= (p.best === 'neutral' ? Math.min(keep, STAND) : STAND) ? r.view.sentiment! : p.best;
        if (!li || (felt !== 'neutral' && !process.env.COHERE_ALL)) return felt;
        const q = predictLogistic(li, r.f);
        const stand = q.posterior[INTENTS.indexOf(r.view.label)]! >= (q.best === 'other' ? Math.min(RULES_STAND_AGAINST_NOTHING.intent, RULES_STAND_AT_INTENT) : RULES_STAND_AT_INTENT);
        const flips = (q.best === 'praise' ? 1 : q.best === 'complaint' || q.best === 'crisis' ? -1 : 0) * (r.view.label === 'praise' ? 1 : r.view.label === 'complaint' || r.view.label === 'crisis' ? -1 : 0) < 0 && q.posterior[INTENTS.indexOf(q.best)]! < MODEL_FLIPS_AT;
        const intent = stand || flips ? r.view.label : q.best;
        const sure = q.posterior[INTENTS.indexOf(intent)]! >= Number(process.env.COHERE);
        return !sure ? felt : intent === 'complaint' || intent === 'crisis' ? 'negative' : intent === 'praise' ? 'positive' : felt;
      });
      if (process.env.ERRORS && (process.env.ERRORS !== 'outside' || OUTSIDE.includes(set)))
        test.forEach((r, i) => {
          if (decided[i] !== r.sentiment) console.log(`ERR ${lang} ${set} ${r.sentiment}->${decided[i]} (product ${r.view.sentiment}): ${r.text.replace(/\n/g, ' ')}`);
        });
      if (process.env.CELLS && OUTSIDE.includes(set)) console.log(`${lang} ${set} sentiment ${m(test.map((r) => r.view.sentiment!)).toFixed(2)} → ${m(decided).toFixed(2)}`);
      const s = (sumsS[lang] ??= { rules: 0, model: 0, outside: 0, rulesOutside: 0 });
      s.rules += m(test.map((r) => r.view.sentiment!)) / evalSets.length;
      s.model += m(decided) / evalSets.length;
      if (OUTSIDE.includes(set)) {
        const outside = OUTSIDE.filter((o) => evalSets.includes(o)).length;
        s.outside += m(decided) / outside;
        s.rulesOutside += m(test.map((r) => r.view.sentiment!)) / outside;
      }
    }
  }
  for (const lang of LANGS) console.log(`${lang} sentiment ${sumsS[lang]!.rules.toFixed(3)} → ${sumsS[lang]!.model.toFixed(3)}   outside writers ${sumsS[lang]!.rulesOutside.toFixed(3)} → ${sumsS[lang]!.outside.toFixed(3)}`);
  process.exit(0);
}
for (const set of evalSets) {
  const lr = trainLogistic(
    rows.filter((r) => r.set !== set && !(process.env.NODEV && (r.set === 'development' || r.set === 'held-out dev'))).map((r) => ({ features: r.f, label: r.intent })),
    INTENTS,
    opts,
  );
  for (const lang of LANGS) {
    const test = rows.filter((r) => r.set === set && r.lang === lang);
    const gold = test.map((r) => r.intent);
    const m = (pred: Intent[]): number => score(gold, pred, INTENTS).macroF1;
    const preds = test.map((r) => predictLogistic(lr, r.f));
    const then = preds.map((p) => p.best);
    // A close call goes to the rules: their label stands while the model gives it at least STAND.
    // KEEP: how much the rules' label needs to stand against 'other' (RULES_STAND_AGAINST_NOTHING).
    const KEEP = Number(process.env.KEEP ?? RULES_STAND_AGAINST_NOTHING.intent);
    // FLIP=p: the model turns the rules' complaint or crisis into praise, or their praise into a complaint or
    // crisis, only when it gives its own label at least p.
    const FLIP = Number(process.env.FLIP ?? MODEL_FLIPS_AT);
    const side = (x: Intent): number => (x === 'praise' ? 1 : x === 'complaint' || x === 'crisis' ? -1 : 0);
    const decided = test.map((r, i) => {
      const p = preds[i]!;
      if (p.posterior[INTENTS.indexOf(r.view.label)]! >= (p.best === 'other' ? Math.min(KEEP, STAND) : STAND)) return r.view.label;
      if (side(p.best) * side(r.view.label) < 0 && p.posterior[INTENTS.indexOf(p.best)]! < FLIP) return r.view.label;
      return p.best;
    });
    add(lang, 'model alone', m(then));
    test.forEach((r, i) => ((confusion[r.intent] ??= {})[decided[i]!] = (confusion[r.intent]![decided[i]!] ?? 0) + 1));
    add(lang, 'rules then', m(test.map((r) => r.view.label)));
    add(lang, 'model then', m(decided));
    if (process.env.NOW) add(lang, 'model now', m(test.map((r) => predictLogistic(lr, feats(r.text, lang, currentView(r.text, lang))).best)));
    // ERRORS=1 prints the posts the model got wrong, ERRORS=outside only those of the outside writers' sets.
    if (process.env.ERRORS && (process.env.ERRORS !== 'outside' || OUTSIDE.includes(set)))
      test.forEach((r, i) => {
        if (decided[i] !== r.intent) console.log(`ERR ${lang} ${set} ${r.intent}->${decided[i]} (rules ${r.view.label}): ${r.text.replace(/\n/g, ' ')}`);
      });
    (cells[lang] ??= []).push(`${m(test.map((r) => r.view.label)).toFixed(2)}→${m(decided).toFixed(2)}`);
  }
}
const kinds = Object.keys(sums.en!);
console.log(`opts ${JSON.stringify(opts)} drop ${DROP.join(',')}; ${evalSets.length} sets left out in turn`);
if (process.env.CELLS) for (const lang of LANGS) console.log(`${lang} ${evalSets.map((s, i) => `${s}: ${cells[lang]![i]}`).join('  ')}`);
console.log(`lang  ${kinds.map((k) => k.padStart(11)).join('')}`);
for (const lang of LANGS) console.log(`${lang.padEnd(4)}  ${kinds.map((k) => sums[lang]![k]!.toFixed(3).padStart(11)).join('')}`);
console.log(`mean  ${kinds.map((k) => (LANGS.reduce((a, l) => a + sums[l]![k]!, 0) / 4).toFixed(3).padStart(11)).join('')}`);
const indep = OUTSIDE.filter((s) => evalSets.includes(s));
console.log(`independent writers (${indep.join(', ')}): ${LANGS.map((l) => `${l} ${(indep.reduce((a, s) => a + Number(cells[l]![evalSets.indexOf(s)]!.split('→')[1]), 0) / indep.length).toFixed(3)}`).join('  ')}`);
console.log('gold\\got ' + INTENTS.map((x) => x.slice(0, 6).padStart(7)).join(''));
for (const a of INTENTS) console.log(a.padEnd(9) + INTENTS.map((b) => String(confusion[a]?.[b] ?? 0).padStart(7)).join(''));
