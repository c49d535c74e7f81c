// A multinomial logistic regression over sparse real-valued features, small enough to ship:
// trained by full-batch Adam on the cross-entropy with an L2 penalty, and packed into two strings
// (the feature keys, and one character per label and feature holding the quantised weight).
// The same code trains the shipped intent model (scripts/train-intent.ts) and the leave-one-set-out
// evaluation (model-evaluation.test.ts), so it is deterministic: no random initialisation or order.

export type SparseFeatures = ReadonlyMap<string, number>;

export interface LogisticExample<L extends string> {
  features: SparseFeatures;
  label: L;
}

export interface LogisticOptions {
  /** L2 penalty per weight (bias excluded), on the mean loss. */
  l2: number;
  /** A feature must occur in at least this many examples. */
  minDocs: number;
  iterations: number;
  learningRate: number;
  /** When set, the model is trained again on only the features one of whose weights, centred over the labels, reaches this. */
  keepAbove?: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { l2: 0.002, minDocs: 2, iterations: 250, learningRate: 0.05 };

export interface Logistic<L extends string> {
  labels: readonly L[];
  bias: number[];
  weights: Map<string, number[]>;
}

export interface PackedLogistic {
  bias: string;
  keys: string;
  weights: string;
  step: number;
}

const softmax = (scores: number[]): number[] => {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
};

export function trainLogistic<L extends string>(
  examples: readonly LogisticExample<L>[],
  labels: readonly L[],
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): Logistic<L> {
  const first = fit(examples, labels, options);
  if (options.keepAbove === undefined) return first;
  const kept = new Set(
    [...first.weights.entries()]
      .filter(([, w]) => {
        const mean = w.reduce((a, b) => a + b, 0) / w.length;
        return w.some((x) => Math.abs(x - mean) >= options.keepAbove!);
      })
      .map(([f]) => f),
  );
  return fit(examples, labels, options, kept);
}

function fit<L extends string>(
  examples: readonly LogisticExample<L>[],
  labels: readonly L[],
  options: LogisticOptions,
  only?: ReadonlySet<string>,
): Logistic<L> {
  const k = labels.length;
  const docs = new Map<string, number>();
  for (const e of examples) for (const f of e.features.keys()) if (!only || only.has(f)) docs.set(f, (docs.get(f) ?? 0) + 1);
  const keys = [...docs.entries()].filter(([, n]) => n >= options.minDocs).map(([f]) => f).sort();
  const index = new Map(keys.map((f, i) => [f, i]));
  // The examples as flat typed arrays (each feature's index already times k), so one pass over them
  // allocates nothing; the sums are taken in the same order as the plain loops would take them.
  const labelled = examples.map((e) => ({ e, y: labels.indexOf(e.label) }));
  const n = labelled.length;
  const starts = new Int32Array(n + 1);
  const ys = new Int32Array(n);
  const flatIdx: number[] = [];
  const flatVal: number[] = [];
  labelled.forEach(({ e, y }, r) => {
    for (const [f, v] of e.features) {
      const i = index.get(f);
      if (i !== undefined && v !== 0) {
        flatIdx.push(i * k);
        flatVal.push(v);
      }
    }
    starts[r + 1] = flatIdx.length;
    ys[r] = y;
  });
  const idx = Int32Array.from(flatIdx);
  const val = Float64Array.from(flatVal);
  const d = keys.length;
  const w = new Float64Array(d * k);
  const b = new Float64Array(k);
  const m = new Float64Array(d * k);
  const v = new Float64Array(d * k);
  const mb = new Float64Array(k);
  const vb = new Float64Array(k);
  const g = new Float64Array(d * k);
  const gb = new Float64Array(k);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  const scores = new Float64Array(k);
  const errs = new Float64Array(k);
  for (let t = 1; t <= options.iterations; t++) {
    g.fill(0);
    gb.fill(0);
    for (let r = 0; r < n; r++) {
      const y = ys[r]!;
      if (y < 0) continue;
      const from = starts[r]!;
      const to = starts[r + 1]!;
      for (let c = 0; c < k; c++) scores[c] = b[c]!;
      for (let j = from; j < to; j++) {
        const at = idx[j]!;
        const x = val[j]!;
        for (let c = 0; c < k; c++) scores[c]! += w[at + c]! * x;
      }
      let top = -Infinity;
      for (let c = 0; c < k; c++) if (scores[c]! > top) top = scores[c]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp(scores[c]! - top);
        scores[c] = e;
        sum += e;
      }
      for (let c = 0; c < k; c++) {
        const err = (scores[c]! / sum - (c === y ? 1 : 0)) / n;
        gb[c]! += err;
        errs[c] = err;
      }
      for (let j = from; j < to; j++) {
        const at = idx[j]!;
        const x = val[j]!;
        for (let c = 0; c < k; c++) g[at + c]! += errs[c]! * x;
      }
    }
    for (let i = 0; i < d * k; i++) g[i]! += options.l2 * w[i]!;
    const c1 = 1 - Math.pow(beta1, t);
    const c2 = 1 - Math.pow(beta2, t);
    for (let i = 0; i < d * k; i++) {
      m[i] = beta1 * m[i]! + (1 - beta1) * g[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * g[i]! * g[i]!;
      w[i]! -= (options.learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
    }
    for (let c = 0; c < k; c++) {
      mb[c] = beta1 * mb[c]! + (1 - beta1) * gb[c]!;
      vb[c] = beta2 * vb[c]! + (1 - beta2) * gb[c]! * gb[c]!;
      b[c]! -= (options.learningRate * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + eps);
    }
  }
  const weights = new Map<string, number[]>();
  keys.forEach((f, i) => weights.set(f, Array.from(w.subarray(i * k, (i + 1) * k))));
  return { labels, bias: Array.from(b), weights };
}

export interface LogisticPrediction<L extends string> {
  /** P(label | features), in the order of the model's labels. */
  posterior: number[];
  best: L;
}

export function predictLogistic<L extends string>(model: Logistic<L>, features: SparseFeatures): LogisticPrediction<L> {
  const scores = [...model.bias];
  for (const [f, x] of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += w[c]! * x;
  }
  const posterior = softmax(scores);
  return { posterior, best: model.labels[posterior.indexOf(Math.max(...posterior))]! };
}

/** What each known feature (of those `only` keeps) adds to `label` over the mean of the labels, largest first. */
export function contributions<L extends string>(
  model: Logistic<L>,
  features: SparseFeatures,
  label: L,
  only: (key: string) => boolean = () => true,
): { key: string; lead: number }[] {
  const li = model.labels.indexOf(label);
  const out: { key: string; lead: number }[] = [];
  for (const [f, x] of features) {
    if (!only(f)) continue;
    const w = model.weights.get(f);
    if (!w) continue;
    const mean = w.reduce((a, c) => a + c, 0) / w.length;
    out.push({ key: f, lead: (w[li]! - mean) * x });
  }
  return out.sort((a, b) => b.lead - a.lead || (a.key < b.key ? -1 : 1));
}

// 64 characters that need no escaping in a JS string or JSON.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-';
const LEVELS = DIGITS.length;
const MID = LEVELS / 2;
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

const quantise = (values: readonly number[], step: number): string =>
  values.map((x) => DIGITS[Math.max(0, Math.min(LEVELS - 1, Math.round(x / step) + MID))]).join('');

const dequantise = (digits: string, step: number): number[] => [...digits].map((c) => ((DIGIT_VALUE.get(c) ?? MID) - MID) * step);

/** Packs the model, dropping the features whose weights all round to nothing. */
export function packLogistic<L extends string>(model: Logistic<L>): PackedLogistic {
  let largest = 0;
  for (const w of model.weights.values()) for (const x of w) largest = Math.max(largest, Math.abs(x));
  for (const x of model.bias) largest = Math.max(largest, Math.abs(x));
  const step = Math.round((largest / (MID - 1) || 1) * 10000) / 10000;
  const kept = [...model.weights.entries()].filter(([, w]) => w.some((x) => Math.abs(Math.round(x / step)) > 0));
  return {
    bias: quantise(model.bias, step),
    keys: kept.map(([f]) => f).join('|'),
    weights: kept.map(([, w]) => quantise(w, step)).join(''),
    step,
  };
}

export function unpackLogistic<L extends string>(packed: PackedLogistic, labels: readonly L[]): Logistic<L> {
  const n = labels.length;
  const keys = packed.keys ? packed.keys.split('|') : [];
  const weights = new Map<string, number[]>();
  keys.forEach((key, i) => weights.set(key, dequantise(packed.weights.slice(i * n, (i + 1) * n), packed.step)));
  return { labels, bias: dequantise(packed.bias, packed.step), weights };
}
