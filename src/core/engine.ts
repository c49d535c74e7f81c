// The engine facade: compile a playbook once, then analyse any number of texts.
import type { Analysis, Match } from './model';
import type { Playbook } from './playbook';
import { classifyIntent } from './understand/intent';
import { classifySentiment } from './understand/sentiment';

export interface AnalyzeHint {
  /** Language the page declares for the text (BCP 47); a hint only. */
  lang?: string;
}

export interface Engine {
  analyze(text: string, hint?: AnalyzeHint): Analysis;
}

// PLACEHOLDER matcher (issue 5 replaces it): case-insensitive whole-word match of each term.
export function createEngine(playbook: Playbook): Engine {
  const items = playbook.watch.map((item) => ({
    label: item.label,
    patterns: item.terms.map((term) => ({
      term,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
    })),
  }));
  return {
    analyze(text, hint) {
      const lang = hint?.lang?.slice(0, 2) ?? 'en';
      const matches: Match[] = [];
      for (const item of items) {
        for (const { term, re } of item.patterns) {
          for (const m of text.matchAll(re)) {
            matches.push({ label: item.label, term, surface: m[0], start: m.index, end: m.index + m[0].length });
          }
        }
      }
      matches.sort((a, b) => a.start - b.start);
      const labels = [...new Set(matches.map((m) => m.label))];
      return { lang, matches, labels, intent: classifyIntent(text, lang), sentiment: classifySentiment(text, lang) };
    },
  };
}
