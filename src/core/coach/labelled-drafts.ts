// Loads the labelled drafts and scores the checker on them: per-rule recall and false-alarm rate.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Persona } from '../playbook';
import { checkDraft } from './check-draft';
import type { Platform } from './draft-context';
import { RULE_IDS, type RuleId } from './messages';

export interface LabelledDraft {
  id: string;
  platform: Platform;
  post?: string;
  draft: string;
  /** Rules that must fire; every other rule must not. */
  fire: RuleId[];
}

export const LABELLED_LANGS = ['en', 'ru', 'fi', 'sv'] as const;

export const LABELLED_PERSONA: Persona = { name: 'Sam', role: 'Community manager', organization: 'Acme', affiliated: true, disclosure: 'I work at Acme.' };
export const LABELLED_BRANDS = ['Acme', 'Acme Notes', 'AcmeNotes', '@acmecorp', 'Акме'];
export const LABELLED_COMPETITORS = ['Globex', 'Глобекс'];

const here = dirname(fileURLToPath(import.meta.url));

export function loadLabelled(lang: (typeof LABELLED_LANGS)[number]): LabelledDraft[] {
  return JSON.parse(readFileSync(join(here, 'labelled', `${lang}.json`), 'utf8')) as LabelledDraft[];
}

export interface RuleScore {
  rule: RuleId;
  positives: number;
  hits: number;
  negatives: number;
  falseAlarms: number;
  recall: number;
  falseAlarmRate: number;
}

export interface Evaluation {
  scores: RuleScore[];
  misses: string[];
  falseAlarms: string[];
}

export function evaluate(items: readonly LabelledDraft[], lang: string): Evaluation {
  const tally = new Map(RULE_IDS.map((r) => [r, { positives: 0, hits: 0, negatives: 0, falseAlarms: 0 }]));
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const item of items) {
    const result = checkDraft({
      draft: item.draft,
      platform: item.platform,
      post: item.post ? { text: item.post, lang } : undefined,
      persona: LABELLED_PERSONA,
      brandTerms: LABELLED_BRANDS,
      competitorTerms: LABELLED_COMPETITORS,
    });
    const fired = new Set(result.findings.map((f) => f.rule));
    for (const rule of RULE_IDS) {
      const t = tally.get(rule)!;
      if (item.fire.includes(rule)) {
        t.positives += 1;
        if (fired.has(rule)) t.hits += 1;
        else misses.push(`${item.id}: ${rule}`);
      } else {
        t.negatives += 1;
        if (fired.has(rule)) {
          t.falseAlarms += 1;
          falseAlarms.push(`${item.id}: ${rule}`);
        }
      }
    }
  }
  const scores = RULE_IDS.map((rule) => {
    const t = tally.get(rule)!;
    return {
      rule,
      ...t,
      recall: t.positives === 0 ? 1 : t.hits / t.positives,
      falseAlarmRate: t.negatives === 0 ? 0 : t.falseAlarms / t.negatives,
    };
  });
  return { scores, misses, falseAlarms };
}
