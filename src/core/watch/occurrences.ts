// Where the terms of a watch list occur in one text, as columns kept from text to text: a scan
// makes no object per mention (a 10,000-term list finds one in ten words of a feed), and the
// decision reads them in place.
import type { CompiledTerm } from './compile';

/** One occurrence of a compiled term: UTF-16 offsets and the range of word indexes it covers. */
export interface Occurrence {
  term: CompiledTerm;
  start: number;
  end: number;
  first: number;
  last: number;
}

// room for the mentions of a long page from the start: code that grows the columns runs so
// seldom that V8 optimises the scan without it, and throws that away the first time it does
const INITIAL = 1024;
/** Columns longer than this after a huge text are not kept for the next, ordinary ones. */
const KEPT = 1 << 16;

export class Occurrences {
  count = 0;
  /** Each occurrence's term, as its index in the list's `terms`. */
  terms = new Int32Array(INITIAL);
  starts = new Int32Array(INITIAL);
  ends = new Int32Array(INITIAL);
  firsts = new Int32Array(INITIAL);
  lasts = new Int32Array(INITIAL);
  /** Scratch for whoever decides on them: an item and a place in some order per occurrence. */
  items = new Int32Array(INITIAL);
  order = new Int32Array(INITIAL);

  constructor() {
    // the columns are set a second time, so V8 never takes them for constants (see WordTable)
    this.allocate(INITIAL);
  }

  /** Empties the columns for the next text (a huge text's columns are let go). */
  clear(): void {
    if (this.starts.length > KEPT) this.allocate(INITIAL);
    this.count = 0;
  }

  /** Adds an occurrence of the term whose index in the list's `terms` is `term`. */
  add(term: number, start: number, end: number, first: number, last: number): void {
    const at = this.count;
    if (at === this.starts.length) this.grow();
    this.terms[at] = term;
    this.starts[at] = start;
    this.ends[at] = end;
    this.firsts[at] = first;
    this.lasts[at] = last;
    this.count = at + 1;
  }

  /** The occurrences as objects, in the order they were added (for decisions that need each as a whole). */
  toArray(terms: readonly CompiledTerm[]): Occurrence[] {
    const out: Occurrence[] = [];
    for (let k = 0; k < this.count; k++) {
      out.push({ term: terms[this.terms[k] as number] as CompiledTerm, start: this.starts[k] as number, end: this.ends[k] as number, first: this.firsts[k] as number, last: this.lasts[k] as number });
    }
    return out;
  }

  private grow(): void {
    const { terms, starts, ends, firsts, lasts } = this;
    this.allocate(starts.length * 2);
    this.terms.set(terms);
    this.starts.set(starts);
    this.ends.set(ends);
    this.firsts.set(firsts);
    this.lasts.set(lasts);
    // items and order are scratch: nothing to keep
  }

  private allocate(size: number): void {
    this.terms = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.firsts = new Int32Array(size);
    this.lasts = new Int32Array(size);
    this.items = new Int32Array(size);
    this.order = new Int32Array(size);
  }
}
