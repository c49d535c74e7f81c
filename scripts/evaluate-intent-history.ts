// The learned intent fallback scored against the rules as they were when each later set was
// written, the nearest thing to fresh text the labelled posts still offer (today's rules have
// read every set). For each set: the rules of the commit that added it (git archive into a
// temporary folder), alone and with a model trained on every other labelled post of the language.
//   npx tsx scripts/evaluate-intent-history.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INTENTS, type Intent, type IntentResult } from '../src/core/model';
import { learnedIntent, packIntentModel, trainIntentModel, unpackIntentModel } from '../src/core/understand/intent-model';
import { score } from '../src/core/understand/scores';
import { labelledSetsOf } from '../src/testing/labelled-sets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['en', 'ru', 'fi', 'sv'];
// The commit that added each set, before any rule was changed for it.
const ADDED_IN: Record<string, string> = {
  untouched: '5567aa2005157140d5170d5f40e0b307bb9302c7',
  'probe 1': '5addceb166d67d2e986b7ea45b5fd56dd7710375',
  'probe 2': '0653d29f6c02e58b589a4486504d19f97fa787b7',
  'probe 3': '1e6526c8c3a49321b5855584942da9621ce73d4e',
  'probe 4': 'fb59ab59f1b5ac05a3f70022422b65d338a1ce33',
  'blind 1': '3623ad217943c99e90eb8349fe11df1757b4f3ec',
  'blind 2': 'b2cf47ae34f128ffe788554bd83a7094070eb2ee',
};

type Classify = (text: string, lang: string) => IntentResult;
const work = mkdtempSync(join(tmpdir(), 'hearken-intent-history-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
try {
  const rulesOf = new Map<string, Classify>();
  for (const commit of new Set(Object.values(ADDED_IN))) {
    const into = join(work, commit);
    execFileSync('mkdir', ['-p', into]);
    execFileSync('sh', ['-c', `git -C "$1" archive "$2" src/core | tar -x -C "$3"`, 'sh', root, commit, into]);
    // eslint-disable-next-line no-unsanitized/method -- our own rules, extracted from this repository's history
    const mod = (await import(pathToFileURL(join(into, 'src', 'core', 'understand', 'intent.ts')).href)) as { classifyIntent: Classify };
    rulesOf.set(commit, mod.classifyIntent);
  }
  const f = (x: number): string => x.toFixed(2).padStart(5);
  const names = Object.keys(ADDED_IN);
  console.log(`Intent macro-F1, the rules of the day → with the learned fallback (each set left out of training)`);
  console.log(`lang  ${names.map((s) => s.padStart(11)).join('')}          mean`);
  for (const lang of LANGS) {
    const sets = labelledSetsOf(lang);
    let rulesSum = 0;
    let hybridSum = 0;
    const cells: string[] = [];
    for (const name of names) {
      const training = Object.entries(sets).flatMap(([other, posts]) => (other === name ? [] : posts));
      const model = unpackIntentModel(packIntentModel(trainIntentModel({ [lang]: training })));
      const classify = rulesOf.get(ADDED_IN[name]!)!;
      const test = sets[name]!;
      const gold = test.map((p) => p.intent);
      const rules = test.map((p) => classify(p.text, lang).label);
      const hybrid = test.map((p, i): Intent => (rules[i] === 'other' ? (learnedIntent(model, p.text, lang)?.label ?? 'other') : rules[i]!));
      const r = score(gold, rules, INTENTS).macroF1;
      const h = score(gold, hybrid, INTENTS).macroF1;
      rulesSum += r;
      hybridSum += h;
      cells.push(`${f(r)}→${f(h)}`);
    }
    console.log(`${lang.padEnd(4)}  ${cells.join('')}  ${(rulesSum / names.length).toFixed(3)}→${(hybridSum / names.length).toFixed(3)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
