// Scoring one practice attempt: each skill passed or missed, for a reason the trainee can read.
import { checkDraft, type CheckResult } from '../coach/check-draft';
import type { Platform } from '../coach/draft-context';
import type { NeedId } from '../coach/needs';
import type { Persona } from '../playbook';
import type { PracticeSite, Scenario } from './scenario-pack';

export const SKILLS = ['listened', 'need', 'answered', 'disclosed', 'no-selling', 'length'] as const;
export type Skill = (typeof SKILLS)[number];

export interface Attempt {
  /** Every collapsed reply was opened before the need was named. */
  readWholeThread: boolean;
  need: NeedId;
  templateId?: string;
  /** Empty when the trainee chose not to reply. */
  draft: string;
}

/** Why a skill passed or was missed; the UI words each reason in the trainee's language. */
export type Reason =
  | 'read-all'
  | 'skipped-replies'
  | 'right-need'
  | 'wrong-need'
  | 'held-back'
  | 'replied-when-not-needed'
  | 'stayed-silent'
  | 'answered'
  | 'ignored-question'
  | 'generic'
  | 'disclosed'
  | 'not-disclosed'
  | 'no-sell'
  | 'sold'
  | 'link-first'
  | 'fits'
  | 'too-long';

export interface SkillResult {
  skill: Skill;
  passed: boolean;
  reason: Reason;
  /** The words in the draft that decided it, where there are some. */
  cue?: string;
}

export interface Feedback {
  /** 0 to 100: the share of skills passed. */
  score: number;
  skills: SkillResult[];
  check: CheckResult | null;
}

export const PLATFORM_OF: Record<PracticeSite, Platform> = { x: 'x', linkedin: 'linkedin', reddit: 'reddit', forum: 'forum' };

function needed(scenario: Scenario, need: NeedId): boolean {
  return need === scenario.need || (scenario.alsoFine ?? []).includes(need);
}

export function scoreAttempt(scenario: Scenario, persona: Persona, attempt: Attempt, brandTerms: string[] = ['Acme', 'Acme Notes']): Feedback {
  const focus = scenario.posts[scenario.focus]!;
  const replied = attempt.draft.trim() !== '';
  const check = replied
    ? checkDraft({
        draft: attempt.draft,
        platform: PLATFORM_OF[scenario.site],
        post: { text: focus.text, lang: scenario.lang, author: focus.author },
        persona,
        lang: scenario.lang,
        brandTerms,
        competitorTerms: ['Globex', 'Глобекс'],
      })
    : null;
  const finding = (rule: string) => check?.findings.find((f) => f.rule === rule && f.severity !== 'tip');
  const cueOf = (rule: string) => {
    const f = finding(rule);
    return f ? attempt.draft.slice(f.start, f.end).slice(0, 80) : undefined;
  };
  const skills: SkillResult[] = [];
  const push = (skill: Skill, passed: boolean, reason: Reason, cue?: string) => skills.push({ skill, passed, reason, ...(cue ? { cue } : {}) });

  push('listened', attempt.readWholeThread, attempt.readWholeThread ? 'read-all' : 'skipped-replies');
  push('need', needed(scenario, attempt.need), needed(scenario, attempt.need) ? 'right-need' : 'wrong-need');

  if (!scenario.reply) {
    push('answered', !replied, replied ? 'replied-when-not-needed' : 'held-back');
    if (replied) {
      push('no-selling', !finding('hard-sell') && !finding('link-first'), finding('hard-sell') ? 'sold' : finding('link-first') ? 'link-first' : 'no-sell', cueOf('hard-sell') ?? cueOf('link-first'));
    }
    return finish(skills, check);
  }

  if (!replied) {
    push('answered', false, 'stayed-silent');
    return finish(skills, check);
  }
  const ignored = finding('ignores-question');
  const generic = finding('not-personal');
  push('answered', !ignored && !generic, ignored ? 'ignored-question' : generic ? 'generic' : 'answered', cueOf('not-personal'));
  push('disclosed', !finding('missing-disclosure'), finding('missing-disclosure') ? 'not-disclosed' : 'disclosed', cueOf('missing-disclosure'));
  push('no-selling', !finding('hard-sell') && !finding('link-first'), finding('hard-sell') ? 'sold' : finding('link-first') ? 'link-first' : 'no-sell', cueOf('hard-sell') ?? cueOf('link-first'));
  push('length', !finding('too-long'), finding('too-long') ? 'too-long' : 'fits');
  return finish(skills, check);
}

function finish(skills: SkillResult[], check: CheckResult | null): Feedback {
  const passed = skills.filter((s) => s.passed).length;
  return { score: Math.round((100 * passed) / skills.length), skills, check };
}
