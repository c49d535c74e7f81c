// The rules' reading (and the product's feeling) of every later labelled set as it was when the set was written, before any
// rule was made from it: for each set, the rules of the commit that added it (git archive into a
// temporary folder) read its posts, and what they found is written to src/testing/fresh-rule-views.json.
// The intent model learns from these readings how far the rules can be trusted on text they have
// not read (intent-model.ts). Run after adding a set (and its commit below):
//   npx tsx scripts/fresh-rule-views.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Intent, Sentiment } from '../src/core/model';
import { ruleView } from '../src/core/understand/intent-features';
import { FRESH_VIEWS_FILE, packView, type FreshViews } from '../src/testing/fresh-rule-views';
import { labelledSetsOf } from '../src/testing/labelled-sets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['en', 'ru', 'fi', 'sv'];
// The commit that added each set, before any rule was changed for it ('indep C': the rules when
// batch C came, which no rule has been made from).
const ADDED_IN: Record<string, string> = {
  untouched: '5567aa2005157140d5170d5f40e0b307bb9302c7',
  'probe 1': '5addceb166d67d2e986b7ea45b5fd56dd7710375',
  'probe 2': '0653d29f6c02e58b589a4486504d19f97fa787b7',
  'probe 3': '1e6526c8c3a49321b5855584942da9621ce73d4e',
  'probe 4': 'fb59ab59f1b5ac05a3f70022422b65d338a1ce33',
  'blind 1': '3623ad217943c99e90eb8349fe11df1757b4f3ec',
  'blind 2': 'b2cf47ae34f128ffe788554bd83a7094070eb2ee',
  'probe 5': '419043e',
  'probe 6': 'ba688e5',
  'probe 7': 'e9f790d',
  'probe 8': 'c2c89d4',
  'probe 9': '6e4c0a6',
  'probe 10': 'aafb6d2',
  'probe 11': 'd70b1fc',
  'blind 3': 'fc97095',
  'indep C': '497f71e523f11e79c35799484f39d8546e594650',
  // Batch D: the rules when it was read, before any change for it.
  'indep D': '0244e271d9f304c1baa3c104e4a4c4b0e7ffe664',
  // Batch E: the commit that added it, before any change for it.
  'indep E': '5e0af00a766d3d4e3dd00b106e282067c7165394',
  // Batch F: the commit that added it, before any change for it.
  'indep F': '4f2ef0b6ed9d3a86082fead2a02d892a21f9803a',
  // Batch G: the commit that added it, before any change for it.
  'indep G': '69d5f027bde5af30e79091197a325736d8e886ed',
};

type Read = (text: string, lang: string) => Parameters<typeof ruleView>[0];
type Classify = (text: string, lang: string, model: null) => { label: Intent };
type Feel = (text: string, lang: string) => { label: Sentiment };
const work = mkdtempSync(join(tmpdir(), 'hearken-fresh-views-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
try {
  const out: FreshViews = {};
  for (const [name, commit] of Object.entries(ADDED_IN)) {
    const into = join(work, commit);
    execFileSync('mkdir', ['-p', into]);
    execFileSync('sh', ['-c', `git -C "$1" archive "$2" src/core | tar -x -C "$3"`, 'sh', root, commit, into]);
    const understand = join(into, 'src', 'core', 'understand');
    // eslint-disable-next-line no-unsanitized/method -- our own rules, extracted from this repository's history
    const { read } = (await import(pathToFileURL(join(understand, 'evidence.ts')).href)) as { read: Read };
    // eslint-disable-next-line no-unsanitized/method -- as above
    const { classifyIntent } = (await import(pathToFileURL(join(understand, 'intent.ts')).href)) as { classifyIntent: Classify };
    // eslint-disable-next-line no-unsanitized/method -- as above
    const { classifySentiment } = (await import(pathToFileURL(join(understand, 'sentiment.ts')).href)) as { classifySentiment: Feel };
    out[name] = {
      commit,
      views: Object.fromEntries(
        LANGS.map((lang) => [lang, labelledSetsOf(lang)[name]!.map((p) => packView(ruleView(read(p.text, lang), classifyIntent(p.text, lang, null).label, classifySentiment(p.text, lang).label)))]),
      ),
    };
    console.log(`${name}: rules of ${commit.slice(0, 7)}`);
  }
  writeFileSync(FRESH_VIEWS_FILE, `${JSON.stringify(out)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
