// The watch-list half of the engine: which watched items a text mentions, and where. Apart from
// intent and sentiment so the content script can match every post without loading the classifier.
import { detectLanguage } from './lang/detect';
import type { Match } from './model';
import type { Playbook } from './playbook';
import { evaluateQuery, type WordSpan } from './query/evaluate';
import type { NormaliseOptions } from './text/normalise';
import { tokeniseShared } from './text/tokenise';
import { compileWatchList, type CompiledItem, type CompiledTerm, type CompiledWatchList } from './watch/compile';
import { lowerCaseAligned, WatchMatcher } from './watch/match';
import type { Occurrence, Occurrences } from './watch/occurrences';

export interface AnalyzeHint {
  /** Language the page declares for the text (BCP 47); a hint only. */
  lang?: string;
}

export interface WatchResult {
  lang: string;
  matches: Match[];
  labels: string[];
}

export type EngineOptions = NormaliseOptions;

/** Just the watch-list half of the engine (no intent or sentiment): used by the benchmark and the CLI. */
export function createWatcher(playbook: Pick<Playbook, 'watch'>, options: EngineOptions = {}): (text: string, hint?: AnalyzeHint) => WatchResult {
  const compiled = compileWatchList(playbook.watch, options);
  const matcher = new WatchMatcher(compiled);
  // no query and no exclude phrase anywhere: every occurrence is a term's, and an item matches when it has one
  const termsOnly = compiled.queryItems.length === 0 && !compiled.terms.some((t) => t.role !== 'term');
  // one function every list shares, bound to the list: a new list finds its optimised code ready,
  // where a closure made for each list had its own optimised anew (10–90 ms of compiling in each
  // list's first pass, with what it inlined)
  const items = compiled.items.length;
  const reaches = termsOnly ? { stampOf: new Int32Array(items), reachOf: new Int32Array(items), stamp: 0 } : undefined;
  return watchText.bind(undefined, compiled, matcher, reaches);
}

function watchText(compiled: CompiledWatchList, matcher: WatchMatcher, reaches: Reaches | undefined, text: string, hint: AnalyzeHint | undefined): WatchResult {
  // the word offsets are read before anything tokenises again
  const tokens = tokeniseShared(text);
  const lower = lowerCaseAligned(text);
  const lang = detectLanguage(text, tokens, hint?.lang, lower ?? undefined);
  const occurrences = matcher.scan(text, tokens, lang, lower);
  // most posts mention nothing: nothing to decide unless a query may match without a term (NOT …)
  if (occurrences.count === 0 && compiled.queryItems.length === 0) return { lang, matches: [], labels: [] };
  const { matches, labels } = reaches !== undefined ? decideTerms(compiled, reaches, occurrences, text) : decide(compiled, occurrences.toArray(compiled.terms), text);
  return { lang, matches, labels };
}

const NO_SPANS: WordSpan[] = [];

/** Per list: for each item, by a stamp per text, how far its last kept mention reaches (see decideTerms). */
interface Reaches {
  stampOf: Int32Array;
  reachOf: Int32Array;
  stamp: number;
}

/** Occurrences by place: start, then the longer first, then by item, then as the scan found them. */
function byPlace(o: Occurrences, a: number, b: number): number {
  return (
    (o.starts[a] as number) - (o.starts[b] as number) ||
    (o.ends[b] as number) - (o.ends[a] as number) ||
    (o.items[a] as number) - (o.items[b] as number) ||
    a - b
  );
}

/**
 * decide() for a list of terms only. Deciding item by item, then putting the matches in text order,
 * comes to the same as one walk over the occurrences by place (start, longer first, item, scan
 * order), each item keeping a mention that starts where its last kept one ends or later; the scan
 * finds them mostly in that order already, and they are sorted only when not.
 */
function decideTerms(compiled: CompiledWatchList, reaches: Reaches, occurrences: Occurrences, text: string): { matches: Match[]; labels: string[] } {
  const n = occurrences.count;
  const { starts, ends, terms: termIds, items: itemOf, order } = occurrences;
  const terms = compiled.terms;
  const { stampOf, reachOf } = reaches;
  if (reaches.stamp === 0x7fffffff) {
    stampOf.fill(0);
    reaches.stamp = 0;
  }
  const stamp = ++reaches.stamp;
  let sorted = true;
  for (let k = 0; k < n; k++) {
    itemOf[k] = (terms[termIds[k] as number] as CompiledTerm).item;
    order[k] = k;
    if (k > 0 && sorted) {
      const startGap = (starts[k] as number) - (starts[k - 1] as number);
      const endGap = (ends[k - 1] as number) - (ends[k] as number);
      sorted = startGap > 0 || (startGap === 0 && (endGap > 0 || (endGap === 0 && (itemOf[k] as number) >= (itemOf[k - 1] as number))));
    }
  }
  if (!sorted) order.subarray(0, n).sort(byPlace.bind(undefined, occurrences));
  const matches: Match[] = [];
  for (let k = 0; k < n; k++) {
    const at = order[k] as number;
    const item = itemOf[at] as number;
    const start = starts[at] as number;
    if (stampOf[item] !== stamp) stampOf[item] = stamp;
    else if (start < (reachOf[item] as number)) {
      // the longest mention wins where mentions overlap: "@acmecorp" over "acmecorp", "acme.com" over "acme"
      continue;
    }
    const end = ends[at] as number;
    reachOf[item] = end;
    const label = (compiled.items[item] as CompiledItem).label;
    matches.push({ label, term: (terms[termIds[at] as number] as CompiledTerm).text, surface: text.slice(start, end), start, end });
  }
  // each item once, in the list's order
  const labels: string[] = [];
  for (let k = 0; k < n; k++) order[k] = itemOf[k] as number;
  const byItem = order.subarray(0, n).sort();
  for (let k = 0; k < n; k++) if (k === 0 || byItem[k] !== byItem[k - 1]) labels.push((compiled.items[byItem[k] as number] as CompiledItem).label);
  return { matches, labels };
}

function decide(compiled: CompiledWatchList, occurrences: Occurrence[], text: string): { matches: Match[]; labels: string[] } {
  const byItem = new Map<number, Occurrence[]>();
  for (const o of occurrences) {
    const list = byItem.get(o.term.item);
    if (list) list.push(o);
    else byItem.set(o.term.item, [o]);
  }
  const matches: Match[] = [];
  const labels: string[] = [];
  // only the items found in this text, plus those whose query may match without them (NOT …)
  const candidates = [...new Set([...byItem.keys(), ...compiled.queryItems])].sort((a, b) => a - b);
  for (const index of candidates) {
    const item = compiled.items[index];
    if (item === undefined) continue;
    const found = byItem.get(index) ?? [];
    const excluded = found.filter((o) => o.term.role === 'exclude');
    const terms = found
      .filter((o) => o.term.role === 'term' && !excluded.some((x) => x.start <= o.start && o.end <= x.end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Occurrence[] = [];
    let reach = -1;
    for (const o of terms) {
      // the longest mention wins where mentions overlap: "@acmecorp" over "acmecorp", "acme.com" over "acme"
      if (o.start < reach) continue;
      kept.push(o);
      reach = o.end;
    }
    let matched = kept.length > 0;
    if (item.query !== undefined) {
      const spans = new Map<number, WordSpan[]>();
      for (const o of found) {
        if (o.term.role !== 'atom') continue;
        const list = spans.get(o.term.atom);
        if (list) list.push({ first: o.first, last: o.last });
        else spans.set(o.term.atom, [{ first: o.first, last: o.last }]);
      }
      matched = evaluateQuery(item.query, (atom) => spans.get(item.atoms.indexOf(atom)) ?? NO_SPANS);
    }
    if (!matched) continue;
    labels.push(item.label);
    for (const o of kept) matches.push({ label: item.label, term: o.term.text, surface: text.slice(o.start, o.end), start: o.start, end: o.end });
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  return { matches, labels };
}
