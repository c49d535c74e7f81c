// Draft checks: which rules fire most, and whether they fire less often as weeks go by.
import type { JournalEvent } from '../journal';
import { selectEvents } from './filter';
import type { MetricFilter } from './filter';
import { localDay, weekStartDay } from './time';

export interface RuleWeek {
  weekStart: number;
  checks: number;
  fired: number;
  /** Share of checks that week where the rule fired. */
  rate: number;
}

export interface RuleTrend {
  rule: string;
  fired: number;
  weeks: RuleWeek[];
  trend: 'improving' | 'worsening' | 'steady' | 'unknown';
}

export interface DraftCheckSummary {
  checks: number;
  rules: RuleTrend[];
  sentence: string;
}

/**
 * Rules that fired on a checked draft, from `data.findings`: rule ids, or objects with a
 * `rule` field (one check may report a rule several times; it counts once per check).
 */
export function firedRules(event: JournalEvent): string[] {
  const findings = event.data?.findings;
  if (!Array.isArray(findings)) return [];
  const rules = findings
    .map((finding: unknown) => {
      if (typeof finding === 'string') return finding;
      if (finding && typeof finding === 'object' && typeof (finding as { rule?: unknown }).rule === 'string') {
        return (finding as { rule: string }).rule;
      }
      return undefined;
    })
    .filter((rule): rule is string => rule !== undefined);
  return [...new Set(rules)];
}

export function draftChecks(
  events: readonly JournalEvent[],
  filter: MetricFilter = {},
  options: { offsetMinutes?: number } = {},
): DraftCheckSummary {
  const checksPerWeek = new Map<number, number>();
  const firedPerRule = new Map<string, Map<number, number>>();
  for (const event of selectEvents(events, filter)) {
    if (event.kind !== 'draft-checked') continue;
    const week = weekStartDay(localDay(event.at, options.offsetMinutes ?? 0));
    checksPerWeek.set(week, (checksPerWeek.get(week) ?? 0) + 1);
    for (const rule of firedRules(event)) {
      const weeks = firedPerRule.get(rule) ?? new Map<number, number>();
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
      firedPerRule.set(rule, weeks);
    }
  }
  return draftChecksResult(checksPerWeek, firedPerRule);
}

/** Rules ranked with weekly rates, from checks per week and firings per rule per week. */
export function draftChecksResult(
  checksPerWeek: ReadonlyMap<number, number>,
  firedPerRule: ReadonlyMap<string, ReadonlyMap<number, number>>,
): DraftCheckSummary {
  const checks = [...checksPerWeek.values()].reduce((a, b) => a + b, 0);
  const allWeeks = [...checksPerWeek.keys()].sort((a, b) => a - b);
  const rules = [...firedPerRule.entries()].map(([rule, perWeek]): RuleTrend => {
    const weeks = allWeeks.map((weekStart) => {
      const weekChecks = checksPerWeek.get(weekStart) ?? 0;
      const fired = perWeek.get(weekStart) ?? 0;
      return { weekStart, checks: weekChecks, fired, rate: weekChecks === 0 ? 0 : fired / weekChecks };
    });
    return { rule, fired: weeks.reduce((sum, w) => sum + w.fired, 0), weeks, trend: trendOf(weeks) };
  });
  rules.sort((a, b) => b.fired - a.fired || a.rule.localeCompare(b.rule));
  return { checks, rules, sentence: describe(checks, rules) };
}

/** Compares the rate in the later half of the weeks with the earlier half. */
function trendOf(weeks: readonly RuleWeek[]): RuleTrend['trend'] {
  if (weeks.length < 2) return 'unknown';
  const half = Math.floor(weeks.length / 2);
  const rate = (ws: readonly RuleWeek[]): number => {
    const checks = ws.reduce((s, w) => s + w.checks, 0);
    return checks === 0 ? 0 : ws.reduce((s, w) => s + w.fired, 0) / checks;
  };
  const before = rate(weeks.slice(0, half));
  const after = rate(weeks.slice(weeks.length - half));
  if (after < before * 0.8) return 'improving';
  if (after > before * 1.2) return 'worsening';
  return 'steady';
}

function describe(checks: number, rules: readonly RuleTrend[]): string {
  if (checks === 0) return 'No drafts checked yet. Write a reply in the side panel and the checks will show here.';
  const top = rules[0];
  if (!top) return `${checks} drafts checked and no rule fired: your replies listen, give and disclose.`;
  const share = Math.round((top.fired / checks) * 100);
  const trendText =
    top.trend === 'improving' ? ', and less often lately' : top.trend === 'worsening' ? ', and more often lately' : '';
  return `“${top.rule}” fired most: on ${share}% of ${checks} checked drafts${trendText}. Good looks like every rule firing less as the weeks go by.`;
}
