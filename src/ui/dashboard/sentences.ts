// What each chart means, in the reader's language: built from the metric numbers with the
// locale strings, never from the English sentences core/metrics writes for logs and the CLI.
import type { DraftCheckSummary } from '../../core/metrics/draft-checks';
import type { GiveAsk } from '../../core/metrics/give-ask';
import type { ListenSpeak } from '../../core/metrics/listen-speak';
import type { MentionSeries, Spike } from '../../core/metrics/mentions';
import type { OutcomeMatrix } from '../../core/metrics/outcomes';
import type { PeopleSummary } from '../../core/metrics/people';
import type { ReplyTime } from '../../core/metrics/reply-time';
import type { Formatters } from './format';
import { ratioText } from './format';

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/**
 * A translated name for an id ("hard-sell" → key "rule_hard_sell": message names allow only
 * letters, digits and "_"), or the id itself where no string exists.
 */
export function nameOf(t: Translate, prefix: string, id: string): string {
  const key = `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const text = t(key);
  return text === key || text === '' ? id : text;
}

export const LISTEN_TARGET = 3;

export function listenSpeakText(value: ListenSpeak, t: Translate, f: Formatters, target = LISTEN_TARGET): string[] {
  if (value.listened === 0 && value.spoke === 0) return [t('dashListenNone')];
  if (value.ratio === null) return [t('dashListenOnly', f.number(value.listened))];
  const ratio = ratioText(f, value.ratio);
  const parts = [t(value.ratio >= target ? 'dashListenGood' : 'dashListenLow', ratio, f.number(target))];
  if (value.trend === 'rising') parts.push(t('dashListenRising'));
  if (value.trend === 'falling') parts.push(t('dashListenFalling'));
  return parts;
}

export function giveAskText(value: GiveAsk, t: Translate, f: Formatters): string[] {
  const rule = t('dashGiveRule', f.number(value.target));
  if (value.give === 0 && value.ask === 0) return [t('dashGiveNone'), rule];
  if (value.ratio === null) return [t('dashGiveAllGive', f.number(value.give)), rule];
  const ratio = ratioText(f, value.ratio);
  if (value.ratio >= value.target) return [t('dashGiveOk', ratio), rule];
  return [t('dashGiveLow', ratio, f.number(value.target)), rule];
}

export function replyTimeText(value: ReplyTime, t: Translate, f: Formatters): string[] {
  if (value.replies === 0 || value.medianMs === null) return [t('dashReplyNone')];
  const parts = [t('dashReplyMedian', f.duration(value.medianMs), f.number(value.replies))];
  const questions = value.byIntent.question;
  if (questions) parts.push(t('dashReplyQuestions', f.duration(questions.medianMs), f.number(questions.replies)));
  parts.push(t('dashReplyGood'));
  return parts;
}

export function mentionsText(series: readonly MentionSeries[], spikes: readonly Spike[], t: Translate, f: Formatters): string[] {
  const total = series.reduce((sum, item) => sum + item.total, 0);
  if (total === 0) return [t('dashMentionsNone')];
  const negative = series.reduce((sum, item) => sum + item.days.reduce((s, day) => s + day.sentiment.negative, 0), 0);
  const parts = [t('dashMentionsSummary', f.number(total), f.percent(negative / total))];
  parts.push(spikes.length === 0 ? t('dashSpikesNone') : t('dashSpikesSome', f.number(spikes.length)));
  parts.push(t('dashMentionsGood'));
  return parts;
}

function growth(t: Translate, f: Formatters, factor: number): string {
  if (factor < 2.5) return t('dashGrow2');
  if (factor < 3.5) return t('dashGrow3');
  if (factor < 4.5) return t('dashGrow4');
  return t('dashGrowN', f.number(Math.round(factor)));
}

/** "Complaints about Acme tripled on Tuesday, 4 March 2025: 15, against about 5 a day the week before." */
export function spikeText(spike: Spike, t: Translate, f: Formatters): string {
  const subject = t(`dashSpike_${spike.measure}`, spike.label);
  const day = f.dayLong(spike.day);
  if (!Number.isFinite(spike.factor) || spike.baseline === 0) return t('dashSpikeNew', subject, day, f.number(spike.count));
  return t('dashSpikeGrew', subject, growth(t, f, spike.factor), day, f.number(spike.count), f.number(spike.baseline, spike.baseline >= 10 ? 0 : 1));
}

export function outcomesText(value: OutcomeMatrix, t: Translate, f: Formatters): string[] {
  if (value.rows.length === 0) return [t('dashOutcomesNone')];
  const parts: string[] = [];
  const complaints = value.rows.find((row) => row.intent === 'complaint');
  if (complaints) {
    const ok = complaints.results.resolved + complaints.results['handed-off'] + complaints.results.thanked;
    parts.push(t('dashOutcomesComplaints', f.number(ok), f.number(complaints.posts)));
  }
  const questions = value.rows.find((row) => row.intent === 'question');
  if (questions) {
    const ok = questions.results.answered + questions.results.resolved + questions.results.thanked;
    parts.push(t('dashOutcomesQuestions', f.number(ok), f.number(questions.posts)));
  }
  const pending = value.rows.reduce((sum, row) => sum + row.results.pending, 0);
  if (pending > 0) parts.push(t('dashOutcomesPending', f.number(pending)));
  parts.push(t('dashOutcomesGood'));
  return parts;
}

export function peopleText(value: PeopleSummary, t: Translate, f: Formatters): string[] {
  const { top, middle, occasional } = value.counts;
  if (top + middle + occasional === 0) return [t('dashPeopleNone')];
  const parts = [t('dashPeopleMiddle', f.number(middle))];
  if (value.middleNotYetAnswered > 0) parts.push(t('dashPeopleWaiting', f.number(value.middleNotYetAnswered)));
  parts.push(t('dashPeopleGood', f.number(top)));
  return parts;
}

export function draftChecksText(value: DraftCheckSummary, t: Translate, f: Formatters): string[] {
  if (value.checks === 0) return [t('dashChecksNone')];
  const top = value.rules[0];
  if (!top) return [t('dashChecksClean', f.number(value.checks)), t('dashChecksGood')];
  const parts = [t('dashChecksTop', nameOf(t, 'rule', top.rule), f.percent(top.fired / value.checks), f.number(value.checks))];
  if (top.trend === 'improving') parts.push(t('dashChecksImproving'));
  if (top.trend === 'worsening') parts.push(t('dashChecksWorsening'));
  parts.push(t('dashChecksGood'));
  return parts;
}
