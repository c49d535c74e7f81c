// The labelled posts of src/core/understand/labelled/, read from disk and cut into the sets they
// were written as: shared by the leave-one-set-out test, scripts/train-intent.ts and scripts/fresh-rule-views.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledPost } from '../core/understand/intent-model';

export const LABELLED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'core', 'understand', 'labelled');

export const loadLabelled = (name: string): LabelledPost[] => JSON.parse(readFileSync(join(LABELLED_DIR, name), 'utf8')) as LabelledPost[];

/** Every labelled post of a language cut into its sets; probe batches as they were written. */
export function labelledSetsOf(lang: string): Record<string, LabelledPost[]> {
  const holdout = loadLabelled(`holdout-${lang}.json`);
  const probe = loadLabelled(`probe-${lang}.json`);
  return {
    development: loadLabelled(`${lang}.json`),
    'held-out dev': holdout.filter((_, i) => i % 2 === 1),
    untouched: holdout.filter((_, i) => i % 2 === 0),
    'probe 1': probe.slice(0, 24),
    'probe 2': probe.slice(24, 48),
    'probe 3': probe.slice(48, 66),
    'probe 4': probe.slice(66),
    'blind 1': loadLabelled(`blind-${lang}.json`),
    'blind 2': loadLabelled(`blind2-${lang}.json`),
    // 48 posts per language (8 per intent), written and scored once before the rules were changed for them.
    'probe 5': loadLabelled(`probe2-${lang}.json`),
    // 48 more, written after the first rule changes for probe 5 and scored once before any for them.
    'probe 6': loadLabelled(`probe3-${lang}.json`),
    // 36 more (6 per intent), written after the changes for probe 6 and scored before any for them.
    'probe 7': loadLabelled(`probe4-${lang}.json`),
    // 12 short, plain posts (2 per intent) in the issue's own phrasing, scored before any change for them.
    'probe 8': loadLabelled(`probe5-${lang}.json`),
    // 24 more (4 per intent), written after the changes for probes 7 and 8, scored before any for them.
    'probe 9': loadLabelled(`probe6-${lang}.json`),
    // 24 more (4 per intent), written last, after all rule changes, and scored once.
    'probe 10': loadLabelled(`probe7-${lang}.json`),
    // 24 more (4 per intent), written at the end of the session after its last rule change, scored once.
    'probe 11': loadLabelled(`probe8-${lang}.json`),
    // 60 posts per language (10 per intent) by someone who never saw the code, scored once before any change for them.
    'blind 3': loadLabelled(`blind3-${lang}.json`),
    // 60 more by the same kind of outside writer (batch C), scored once before it was read and before
    // the model that learns from it; no rule was made from it.
    'indep C': loadLabelled(`indepC-${lang}.json`),
    // 60 more by such a writer (batch D), scored four times unread as a development check (aggregate
    // scores only) while the model was built, then read; its fresh reading is of the rules before any
    // change for it.
    'indep D': loadLabelled(`indepD-${lang}.json`),
    // 80 more by such a writer (batch E), about half in the shapes the models found hardest, scored
    // once unread through the engine before it was read; its fresh reading is of the rules before any change for it.
    'indep E': loadLabelled(`indepE-${lang}.json`),
    // 60 more by another such writer (batch F), a natural mix, scored unread before it was read; its
    // fresh reading is of the rules before any change for it.
    'indep F': loadLabelled(`indepF-${lang}.json`),
    // 80 more by a third such writer (batch G), about half in the shapes the models found hardest,
    // scored once unread through the engine before it was read; its fresh reading is of the rules before any change for it.
    'indep G': loadLabelled(`indepG-${lang}.json`),
  };
}
