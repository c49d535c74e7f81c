// Accuracy and macro-averaged F1 of a classifier's labels against gold labels.

export interface Scores {
  accuracy: number;
  macroF1: number;
  /** F1 per label that occurs in the gold or the predicted labels. */
  perLabel: Record<string, number>;
}

export function score<L extends string>(gold: readonly L[], predicted: readonly L[], labels: readonly L[]): Scores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  let correct = 0;
  gold.forEach((g, i) => {
    if (g === predicted[i]) correct++;
  });
  const perLabel: Record<string, number> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    if (tp + fp + fn === 0) continue;
    perLabel[label] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const f1s = Object.values(perLabel);
  return {
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0,
    perLabel,
  };
}
