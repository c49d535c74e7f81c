// The statistical fallback for intent: a Naive Bayes per language over the post's stems
// (bag-of-words.ts, naive-bayes.ts), trained offline on ./labelled by scripts/train-intent.ts.
// The rules decide whenever they find a cue; the model speaks only when the rules fall back to
// "other" and it is sure (story complaints without problem words, praise without praise words,
// "X or Y?" buying questions). Its cues are the words that spoke most for its label.
import { INTENTS, type Cue, type Intent } from '../model';
import { bagOfWords, type Feature } from './bag-of-words';
import { PACKED_INTENT_MODEL } from './intent-model.generated';
import { STOPWORDS } from '../lang/stopwords';
import { cueLanguage, stemmerFor } from './lexicons';
import { pack, predict, strongestFor, train, unpack, type NaiveBayes, type PackedNaiveBayes, type TrainOptions } from './naive-bayes';

export type IntentModel = Record<string, NaiveBayes<Intent>>;
export type PackedIntentModel = Record<string, PackedNaiveBayes>;

/** The model overrules "other" only at this posterior or above (chosen by leave-one-set-out). */
export const LEARNED_AT = 0.8;
/** …and only when it knows at least this many of the post's features. */
const KNOWN_AT = 2;
const CUES = 3;
// Naive Bayes is overconfident on short texts: its posterior is reported no higher than this.
const SCORE_CAP = 0.9;

export interface LabelledPost {
  text: string;
  intent: Intent;
}

export function trainIntentModel(postsByLang: Record<string, readonly LabelledPost[]>, options?: TrainOptions): IntentModel {
  const model: IntentModel = {};
  for (const [lang, posts] of Object.entries(postsByLang)) {
    const examples = posts.map((p) => ({ features: bagOfWords(p.text, lang).map((f) => f.key), label: p.intent }));
    model[lang] = train(examples, INTENTS, options);
  }
  return model;
}

export function packIntentModel(model: IntentModel): PackedIntentModel {
  return Object.fromEntries(Object.entries(model).map(([lang, nb]) => [lang, pack(nb)]));
}

export function unpackIntentModel(packed: PackedIntentModel): IntentModel {
  return Object.fromEntries(Object.entries(packed).map(([lang, p]) => [lang, unpack(p, INTENTS)]));
}

const functionStems = new Map<string, Set<string>>();

/** The stems of a language's most frequent words ("and", "но", "että", "som"): they say why to nobody. */
function functionWords(lang: string): Set<string> {
  let set = functionStems.get(lang);
  if (!set) {
    const stem = stemmerFor(lang);
    set = new Set((STOPWORDS[lang] ?? '').split(' ').map((w) => stem(w)));
    functionStems.set(lang, set);
  }
  return set;
}

let shipped: IntentModel | undefined;

/** The model trained on every labelled post, unpacked on first use. */
export function shippedIntentModel(): IntentModel {
  shipped ??= unpackIntentModel(PACKED_INTENT_MODEL);
  return shipped;
}

export interface LearnedIntent {
  label: Intent;
  /** The model's posterior for the label. */
  score: number;
  /** The words that spoke most for the label, in text order. */
  cues: Cue[];
}

/** What the model says about a post, when it is sure; undefined otherwise. */
export function learnedIntent(model: IntentModel, text: string, lang: string): LearnedIntent | undefined {
  const cueLang = cueLanguage(lang, text);
  const nb = model[cueLang];
  if (!nb) return undefined;
  const features = bagOfWords(text, lang);
  const prediction = predict(
    nb,
    features.map((f) => f.key),
  );
  const score = Math.max(...prediction.posterior);
  if (prediction.best === 'other' || prediction.known.length < KNOWN_AT || score < LEARNED_AT) return undefined;
  const spans = new Map(features.map((f) => [f.key, f]));
  // The strongest words, a word inside a stronger pair ("joka kerta", "kerta") shown once.
  const chosen: Feature[] = [];
  for (const key of strongestFor(nb, prediction.known, prediction.best, prediction.known.length)) {
    const f = spans.get(key)!;
    if (chosen.some((c) => f.start < c.end && c.start < f.end)) continue;
    chosen.push(f);
    if (chosen.length === CUES) break;
  }
  // A label the model can only explain by "but", "all" or "that" is a guess: the rules' "other" stands.
  const plain = functionWords(cueLang);
  if (!chosen.some((f) => f.key.split(' ').some((part) => !plain.has(part)))) return undefined;
  const cues: Cue[] = chosen
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ text: text.slice(f.start, f.end), signal: 'words like', start: f.start, end: f.end }));
  return { label: prediction.best, score: Math.round(Math.min(score, SCORE_CAP) * 100) / 100, cues };
}
