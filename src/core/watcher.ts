// The watch-list half of the engine: which watched items a text mentions, and where. Apart from
// intent and sentiment so the content script can match every post without loading the classifier.
import { detectLanguage } from './lang/detect';
import type { Match } from './model';
import type { Playbook } from './playbook';
import { evaluateQuery, type WordSpan } from './query/evaluate';
import type { NormaliseOptions } from './text/normalise';
import { tokenise } from './text/tokenise';
import { compileWatchList, type CompiledWatchList } from './watch/compile';
import { lowerCaseAligned, WatchMatcher, type Occurrence } from './watch/match';

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
  return watchText.bind(undefined, compiled, matcher, termsOnly);
}

function watchText(compiled: CompiledWatchList, matcher: WatchMatcher, termsOnly: boolean, text: string, hint: AnalyzeHint | undefined): WatchResult {
  const tokens = tokenise(text);
  const lower = lowerCaseAligned(text);
  const lang = detectLanguage(text, tokens, hint?.lang, lower ?? undefined);
  const occurrences = matcher.scan(text, tokens, lang, lower);
  // most posts mention nothing: nothing to decide unless a query may match without a term (NOT …)
  if (occurrences.length === 0 && compiled.queryItems.length === 0) return { lang, matches: [], labels: [] };
  const { matches, labels } = termsOnly ? decideTerms(compiled, occurrences, text) : decide(compiled, occurrences, text);
  return { lang, matches, labels };
}

const NO_SPANS: WordSpan[] = [];

/** decide() for a list of terms only, with one sort instead of a map of arrays, each filtered and sorted. */
function decideTerms(compiled: CompiledWatchList, occurrences: Occurrence[], text: string): { matches: Match[]; labels: string[] } {
  // by item, then as decide() orders an item's terms (a stable sort keeps the scan's order among equals)
  const sorted = occurrences.slice().sort((a, b) => a.term.item - b.term.item || a.start - b.start || b.end - a.end);
  const matches: Match[] = [];
  const labels: string[] = [];
  let item = -1;
  let label = '';
  let reach = -1;
  for (const o of sorted) {
    if (o.term.item !== item) {
      item = o.term.item;
      label = compiled.items[item]?.label as string;
      labels.push(label);
      reach = -1;
    }
    // the longest mention wins where mentions overlap: "@acmecorp" over "acmecorp", "acme.com" over "acme"
    if (o.start < reach) continue;
    matches.push({ label, term: o.term.text, surface: text.slice(o.start, o.end), start: o.start, end: o.end });
    reach = o.end;
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
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
