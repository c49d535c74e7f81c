// The course view: over the trainee's attempts, which skills are strong and which need practice.
import { SKILLS, type Skill } from './score';

export interface AttemptRecord {
  scenarioId: string;
  at: number;
  score: number;
  skills: Partial<Record<Skill, boolean>>;
}

export interface SkillProgress {
  skill: Skill;
  tries: number;
  passed: number;
  /** Strong: passed in at least 3 of the last 4 tries where it counted (and at least 2 tries). */
  level: 'strong' | 'practise' | 'unknown';
}

export interface Course {
  attempts: number;
  scenariosTried: number;
  averageScore: number | null;
  /** The newest attempt's score minus the oldest's, when there are two or more. */
  trend: number | null;
  skills: SkillProgress[];
}

const RECENT = 4;

export function courseOf(records: readonly AttemptRecord[]): Course {
  const sorted = [...records].sort((a, b) => a.at - b.at);
  const skills = SKILLS.map((skill): SkillProgress => {
    const results = sorted.map((r) => r.skills[skill]).filter((x): x is boolean => typeof x === 'boolean');
    const recent = results.slice(-RECENT);
    const passedRecent = recent.filter(Boolean).length;
    const level = results.length < 2 ? 'unknown' : passedRecent / recent.length >= 0.75 ? 'strong' : 'practise';
    return { skill, tries: results.length, passed: results.filter(Boolean).length, level };
  });
  return {
    attempts: sorted.length,
    scenariosTried: new Set(sorted.map((r) => r.scenarioId)).size,
    averageScore: sorted.length > 0 ? Math.round(sorted.reduce((sum, r) => sum + r.score, 0) / sorted.length) : null,
    trend: sorted.length >= 2 ? sorted[sorted.length - 1]!.score - sorted[0]!.score : null,
    skills,
  };
}
