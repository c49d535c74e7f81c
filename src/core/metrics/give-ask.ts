// give:ask: replies that give value vs replies that ask something for us (own link, call to
// action, demo, DM request, review request). The Reddit rule of thumb is nine gives per ask.
import type { JournalEvent } from '../journal';
import { isPractice, matchesFilter } from './filter';
import type { MetricFilter } from './filter';
import { SPEAK_KINDS } from './listen-speak';

export interface GiveAsk {
  give: number;
  ask: number;
  /** give ÷ ask; null when nothing asked. */
  ratio: number | null;
  target: number;
  belowTarget: boolean;
  /** Ask cues across replies, most frequent first (e.g. "own-link": 4). */
  askCues: { cue: string; count: number }[];
  sentence: string;
}

/**
 * What the reply asked for, as the draft checks found it when it was inserted:
 * `data.asks` (cue names) or `data.ask` (boolean).
 */
export function asksOf(event: JournalEvent): string[] {
  const asks = event.data?.asks;
  if (Array.isArray(asks)) return asks.filter((a): a is string => typeof a === 'string');
  return event.data?.ask === true ? ['ask'] : [];
}

export function giveAsk(events: readonly JournalEvent[], filter: MetricFilter = {}, target = 9): GiveAsk {
  let give = 0;
  let ask = 0;
  const cues = new Map<string, number>();
  // A reply copied and then inserted is still one reply: the first event of each draft counts.
  const firstOfDraft = new Map<string, JournalEvent>();
  for (const event of events) {
    if (isPractice(event) || !SPEAK_KINDS.includes(event.kind)) continue;
    const key = `${event.site}\u0000${event.postId}\u0000${String(event.data?.draftId ?? event.id)}`;
    const first = firstOfDraft.get(key);
    if (!first || event.at < first.at) firstOfDraft.set(key, event);
  }
  for (const event of firstOfDraft.values()) {
    if (!matchesFilter(event, filter)) continue;
    const asks = asksOf(event);
    if (asks.length === 0) {
      give += 1;
      continue;
    }
    ask += 1;
    for (const cue of new Set(asks)) cues.set(cue, (cues.get(cue) ?? 0) + 1);
  }
  return giveAskResult(give, ask, cues, target);
}

export function giveAskResult(give: number, ask: number, cues: ReadonlyMap<string, number>, target = 9): GiveAsk {
  const ratio = ask === 0 ? null : give / ask;
  const belowTarget = ask > 0 && (ratio ?? 0) < target;
  return {
    give,
    ask,
    ratio,
    target,
    belowTarget,
    askCues: [...cues.entries()].map(([cue, count]) => ({ cue, count })).sort((a, b) => b.count - a.count || a.cue.localeCompare(b.cue)),
    sentence: describe(give, ask, ratio, target),
  };
}

function describe(give: number, ask: number, ratio: number | null, target: number): string {
  if (give === 0 && ask === 0) {
    return 'No replies yet in this period, so there is nothing to weigh. Replies you insert or copy will show here.';
  }
  const rule = `Communities such as Reddit expect about ${target} helpful replies for each one that points to your own product or links.`;
  if (ratio === null) return `All ${give} replies gave help and asked for nothing. ${rule}`;
  const shown = Number.isInteger(ratio) ? ratio.toString() : ratio.toFixed(1);
  if (ratio >= target) return `${shown} helpful replies for each ask: within the rule of thumb. ${rule}`;
  return `${shown} helpful replies for each ask, below ${target}: answer more questions with nothing in return before the next link. ${rule}`;
}
