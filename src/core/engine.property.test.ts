import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWatcher } from './engine';
import { parsePlaybook } from './playbook';
import { parseQuery } from './query/parse';
import { normaliseWord } from './text/normalise';
import { tokenise } from './text/tokenise';

const watcher = createWatcher({
  watch: [
    { label: 'Acme', kind: 'brand', terms: ['Acme', '@acmecorp', '#acmecloud', 'acme.com', 'Акме', 'PR'], exclude: ['acme anvil'] },
    { label: 'Topic', kind: 'topic', terms: ['sociala medier', 'социальные сети', 'markkinoija', 'note-taking app'], query: 'markkinoija OR "sociala medier" OR сети NEAR/3 социальные OR app' },
  ],
});

// pieces that stress the tokeniser: combining marks, RTL, emoji sequences, joiners, lone surrogates
const PIECES = [
  'Acme', 'acme', "Acme's", 'PR:en', 'PR-byrå', '@acmecorp', '#AcmeCloud', 'acme.com', 'a.b.c', 'Акме', 'Акмы', 'сетях',
  'markkinoijan', 'medierna', 'é', '\u0301', '\u0306', 'й', 'ё', 'ä', 'שלום', 'مرحبا', '\u200f', '\u200d', '👩‍👩‍👧', '👍🏽', '🇫🇮',
  '\ud800', '\udc00', ' ', '  ', '\n', '.', ':', "'", '’', '-', '@', '#', '_', '(', ')', '"', 'İ', 'ß', 'ﬁ', '\u0000',
];
const adversarialText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join('')),
);

function checkOffsets(text: string, hint?: string) {
  const r = watcher(text, hint ? { lang: hint } : undefined);
  for (const m of r.matches) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(text.slice(m.start, m.end)).toBe(m.surface);
  }
  return r;
}

describe('robustness (fast-check)', () => {
  it('the matcher never throws and reports offsets on the surface, whatever the text', () => {
    fc.assert(
      fc.property(adversarialText, fc.constantFrom(undefined, 'en', 'ru', 'fi', 'sv', 'ar', 'x-y'), (text, hint) => {
        checkOffsets(text, hint);
      }),
      { numRuns: 600 },
    );
  });

  it('the tokeniser returns ordered words inside the text', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const t = tokenise(text);
        let previous = 0;
        t.starts.forEach((start, i) => {
          const end = t.ends[i] as number;
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = end;
        });
        for (const s of t.specials) expect(s.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 600 },
    );
  });

  it('the normaliser never throws', () => {
    fc.assert(fc.property(adversarialText, fc.boolean(), (text, foldYo) => typeof normaliseWord(text, { foldYo }) === 'string'));
  });

  it('the query parser answers every input with a tree or an error inside the query', () => {
    const queryPiece = fc.constantFrom('(', ')', ' ', 'AND', 'OR', 'NOT', 'NEAR/3', 'NEAR', 'NEAR/', '"', '«', 'acme', 'сети', '@x', '#y', '&&', '\u0301', '👍');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(queryPiece, { maxLength: 40 }).map((xs) => xs.join(' '))), (source) => {
        const r = parseQuery(source);
        if (!r.ok) {
          expect(r.error.position).toBeGreaterThanOrEqual(1);
          expect(r.error.position).toBeLessThanOrEqual(source.length + 1);
          return;
        }
        // a valid query compiles and runs
        const w = createWatcher({ watch: [{ label: 'q', kind: 'topic', terms: ['acme'], query: source }] });
        expect(() => w('acme went down, сети и @x #y')).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('the playbook parser answers any JSON value with a playbook or errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parsePlaybook(value);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    const item = fc.record({ label: fc.string(), kind: fc.string(), terms: fc.array(fc.string()), query: fc.string() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 3 }), (watch) => {
        const r = parsePlaybook({ hearken: 1, name: 'n', persona: { name: '', role: '', organization: '', affiliated: false, disclosure: '' }, watch });
        if (r.ok) expect(() => createWatcher(r.playbook)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('handles 1 MB posts and empty strings', () => {
    expect(checkOffsets('').matches).toEqual([]);
    const unit = 'Thanks @acmecorp! Социальных сетях, markkinoijan, sociala medierna 👩‍👩‍👧 שלום e\u0301 Acme anvil. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = checkOffsets(big);
    expect(r.matches.length).toBeGreaterThan(10_000);
    const oneWord = 'a'.repeat(1_000_000);
    expect(checkOffsets(oneWord).matches).toEqual([]);
    const dots = 'a.'.repeat(500_000);
    expect(checkOffsets(dots).matches).toEqual([]);
  });
});
