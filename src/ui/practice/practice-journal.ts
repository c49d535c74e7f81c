// Practice attempts go to the journal's own practice table, never counted as real activity.
import type { AttemptRecord } from '../../core/practice/course';
import type { Scenario } from '../../core/practice/scenario-pack';
import type { Feedback } from '../../core/practice/score';
import type { NeedId } from '../../core/coach/needs';
import type { SiteId } from '../../core/model';
import { openJournal } from '../../db/database';
import { appendEvents } from '../../db/journal';

const JOURNAL_SITE: Record<Scenario['site'], SiteId> = { x: 'x', linkedin: 'linkedin', reddit: 'reddit', forum: 'xenforo' };

let db: ReturnType<typeof openJournal> | null = null;
const journal = () => (db ??= openJournal());

export async function recordAttempt(scenario: Scenario, need: NeedId, templateId: string | undefined, feedback: Feedback): Promise<void> {
  const at = Date.now();
  const skills = Object.fromEntries(feedback.skills.map((s) => [s.skill, s.passed]));
  const result = await appendEvents(
    journal(),
    [
      {
        id: `practice:${scenario.id}:${at}`,
        kind: feedback.check ? 'draft-checked' : 'no-reply-needed',
        at,
        site: JOURNAL_SITE[scenario.site],
        postId: `practice:${scenario.id}`,
        labels: [],
        data: { practice: true, scenarioId: scenario.id, lang: scenario.lang, need, ...(templateId ? { templateId } : {}), score: feedback.score, skills },
      },
    ],
    { practice: true },
  );
  if (!result.ok) throw new Error(result.error.message);
}

export async function loadAttempts(): Promise<AttemptRecord[]> {
  const rows = await journal().practice.orderBy('at').toArray();
  return rows.flatMap((row) => {
    const data = row.data as { scenarioId?: unknown; score?: unknown; skills?: unknown } | undefined;
    if (!data || typeof data.scenarioId !== 'string' || typeof data.score !== 'number' || typeof data.skills !== 'object' || data.skills === null) return [];
    return [{ scenarioId: data.scenarioId, at: row.at, score: data.score, skills: data.skills as AttemptRecord['skills'] }];
  });
}
