// The live draft checker: length for the platform plus the content rules, scored and explained.
import twitter from 'twitter-text';
import type { Persona } from '../playbook';
import { ANALYSE_CAP, buildContext, type Platform, type PostInput } from './draft-context';
import { IMPROVEMENTS, message, type RuleId } from './messages';
import { CONTENT_RULES, type RawFinding, type Severity } from './rules';
import { guessLang, isLang, type CoachLang } from './text';

export const PLATFORM_LIMITS: Record<Platform, number | null> = { x: 280, linkedin: 1250, reddit: 10_000, forum: null, hn: null };

export interface CheckInput {
  draft: string;
  platform: Platform;
  post?: PostInput;
  persona?: Persona;
  /** Language of the draft; guessed when absent. */
  lang?: string;
  /** Language of the messages; defaults to the draft's language. */
  uiLang?: string;
  /** The organisation's brand and product names (watch items), besides persona.organization. */
  brandTerms?: string[];
  competitorTerms?: string[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

export interface CheckResult {
  ok: boolean;
  score: number;
  length: { count: number; limit: number | null };
  findings: Finding[];
  improvements: string[];
}

const PENALTY: Record<Severity, number> = { block: 40, warn: 20, tip: 5 };
const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, tip: 2 };

function countCodePoints(text: string): number {
  let surrogates = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) surrogates += 1;
  }
  return text.length - surrogates;
}

/** Length as the platform counts it: twitter-text's weighted length on X, characters elsewhere. */
export function draftLength(draft: string, platform: Platform): { count: number; limit: number | null } {
  const count = platform === 'x' ? twitter.parseTweet(draft).weightedLength : countCodePoints(draft);
  return { count, limit: PLATFORM_LIMITS[platform] };
}

export function checkDraft(input: CheckInput): CheckResult {
  const draft = input.draft ?? '';
  const length = draftLength(draft, input.platform);
  const draftLang: CoachLang = guessLang(draft, input.lang);
  const uiShort = input.uiLang?.slice(0, 2).toLowerCase();
  const ui: CoachLang = isLang(uiShort) ? uiShort : draftLang;
  const raw: RawFinding[] = [];

  if (draft.trim() === '') {
    raw.push({ rule: 'not-personal', severity: 'block', key: 'empty', start: 0, end: draft.length });
  } else {
    if (length.limit !== null && length.count > length.limit) {
      raw.push({ rule: 'too-long', severity: 'block', key: 'too-long', start: 0, end: draft.length });
    } else if (draft.length > ANALYSE_CAP) {
      raw.push({ rule: 'too-long', severity: 'warn', key: 'too-long-analysed', start: ANALYSE_CAP, end: draft.length });
    }
    const ctx = buildContext({ ...input, draft, lang: draftLang });
    for (const rule of CONTENT_RULES) raw.push(...rule(ctx));
  }

  const findings: Finding[] = raw.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: message(f.key, ui, {
      count: length.count,
      limit: f.key === 'too-long-analysed' ? ANALYSE_CAP : (length.limit ?? undefined),
      cue: f.cue,
    }),
    start: f.start,
    end: f.end,
  }));
  const ranked = [...raw].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const improvements = [...new Set(ranked.map((f) => IMPROVEMENTS[f.key][ui]))].slice(0, 3);
  const score = draft.trim() === '' ? 0 : Math.max(0, 100 - raw.reduce((sum, f) => sum + PENALTY[f.severity], 0));
  const ok = !raw.some((f) => f.severity === 'block' || f.severity === 'warn');
  return { ok, score, length, findings, improvements };
}
