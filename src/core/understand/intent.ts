import type { IntentResult } from '../model';

// PLACEHOLDER until the intent classifier lands (issue 5): answers "other" with no cues.
export function classifyIntent(_text: string, _lang: string): IntentResult {
  return { label: 'other', score: 0, cues: [] };
}
