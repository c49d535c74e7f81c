// A multinomial Naive Bayes over binary word features, small enough to ship: trained from
// labelled posts, pruned to the features that tell the labels apart most, and packed into two
// strings per language (the feature keys, and one character per label and feature holding the
// quantised log-probability). The same code trains the shipped model (scripts/train-intent.ts)
// and the leave-one-set-out evaluation (model-evaluation.test.ts).

export interface Example<L extends string> {
  features: readonly string[];
  label: L;
}

export interface TrainOptions {
  /** Features kept, the most informative first. */
  maxFeatures: number;
  /** A feature must occur in at least this many posts. */
  minDocs: number;
  /** Laplace smoothing. */
  alpha: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { maxFeatures: 260, minDocs: 2, alpha: 0.5 };

/** One language's model as shipped: `keys` joined by "|", `weights` LEVELS-ary digits, labels × features. */
export interface PackedNaiveBayes {
  prior: string;
  keys: string;
  weights: string;
  /** Log-probability units per quantisation step. */
  step: number;
}

export interface NaiveBayes<L extends string> {
  labels: readonly L[];
  prior: number[];
  /** Centred log-probability of each feature per label (index by labels). */
  weights: Map<string, number[]>;
}

// 64 printable characters that need no escaping in a JS string or JSON.
const DIGITS = '0123456789ABCDEF';
const LEVELS = DIGITS.length;
const MID = LEVELS / 2;
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

function count<L extends string>(examples: readonly Example<L>[], labels: readonly L[]) {
  const docs = new Map<string, number[]>();
  const perLabel = labels.map(() => 0);
  for (const { features, label } of examples) {
    const li = labels.indexOf(label);
    if (li < 0) continue;
    perLabel[li]!++;
    for (const f of new Set(features)) {
      let row = docs.get(f);
      if (!row) docs.set(f, (row = labels.map(() => 0)));
      row[li]!++;
    }
  }
  return { docs, perLabel };
}

/** How much knowing that a post has `f` tells about its label: n(f) · KL(P(label | f) ‖ P(label)). */
function informativeness(row: number[], perLabel: number[], total: number): number {
  const n = row.reduce((a, b) => a + b, 0);
  let kl = 0;
  row.forEach((k, i) => {
    const p = (k + 0.5) / (n + 0.5 * row.length);
    kl += p * Math.log(p / (perLabel[i]! / total));
  });
  return n * kl;
}

export function train<L extends string>(
  examples: readonly Example<L>[],
  labels: readonly L[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): NaiveBayes<L> {
  const { docs, perLabel } = count(examples, labels);
  const total = perLabel.reduce((a, b) => a + b, 0);
  const kept = [...docs.entries()]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= options.minDocs)
    .map(([f, row]) => ({ f, row, info: informativeness(row, perLabel, total) }))
    .sort((a, b) => b.info - a.info || (a.f < b.f ? -1 : 1))
    .slice(0, options.maxFeatures);
  const mass = labels.map((_, i) => kept.reduce((a, { row }) => a + row[i]!, 0));
  const weights = new Map<string, number[]>();
  for (const { f, row } of kept) {
    const logs = row.map((k, i) => Math.log((k + options.alpha) / (mass[i]! + options.alpha * kept.length)));
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    weights.set(
      f,
      logs.map((v) => v - mean),
    );
  }
  const prior = perLabel.map((k) => Math.log((k + 1) / (total + labels.length)));
  return { labels, prior, weights };
}

function quantise(values: number[], step: number): string {
  return values.map((v) => DIGITS[Math.max(0, Math.min(LEVELS - 1, Math.round(v / step) + MID))]).join('');
}

function dequantise(digits: string, step: number): number[] {
  return [...digits].map((c) => ((DIGIT_VALUE.get(c) ?? MID) - MID) * step);
}

export function pack<L extends string>(model: NaiveBayes<L>): PackedNaiveBayes {
  let largest = 0;
  for (const w of model.weights.values()) for (const v of w) largest = Math.max(largest, Math.abs(v));
  const step = Math.round((largest / (MID - 1) || 1) * 1000) / 1000;
  const meanPrior = model.prior.reduce((a, b) => a + b, 0) / model.prior.length;
  return {
    prior: quantise(
      model.prior.map((v) => v - meanPrior),
      step,
    ),
    keys: [...model.weights.keys()].join('|'),
    weights: [...model.weights.values()].map((w) => quantise(w, step)).join(''),
    step,
  };
}

export function unpack<L extends string>(packed: PackedNaiveBayes, labels: readonly L[]): NaiveBayes<L> {
  const n = labels.length;
  const keys = packed.keys ? packed.keys.split('|') : [];
  const weights = new Map<string, number[]>();
  keys.forEach((key, i) => weights.set(key, dequantise(packed.weights.slice(i * n, (i + 1) * n), packed.step)));
  return { labels, prior: dequantise(packed.prior, packed.step), weights };
}

export interface Prediction<L extends string> {
  /** P(label | features), in the order of the model's labels. */
  posterior: number[];
  /** The features the model knows, in the order given. */
  known: string[];
  best: L;
}

export function predict<L extends string>(model: NaiveBayes<L>, features: readonly string[]): Prediction<L> {
  const scores = [...model.prior];
  const known: string[] = [];
  for (const f of new Set(features)) {
    const w = model.weights.get(f);
    if (!w) continue;
    known.push(f);
    w.forEach((v, i) => (scores[i]! += v));
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  const posterior = exp.map((e) => e / sum);
  return { posterior, known, best: model.labels[posterior.indexOf(Math.max(...posterior))]! };
}

/** The known features that speak most for `label` over the others, strongest first. */
export function strongestFor<L extends string>(model: NaiveBayes<L>, known: readonly string[], label: L, limit: number): string[] {
  const li = model.labels.indexOf(label);
  return known
    .map((f) => {
      const w = model.weights.get(f)!;
      return { f, lead: w[li]! - Math.max(...w.filter((_, i) => i !== li)) };
    })
    .filter((x) => x.lead > 0)
    .sort((a, b) => b.lead - a.lead)
    .slice(0, limit)
    .map((x) => x.f);
}
