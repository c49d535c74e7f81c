import { describe, expect, it } from 'vitest';
import { normaliseWord, wordBase } from './normalise';
import { tokenise } from './tokenise';

function words(text: string): string[] {
  const t = tokenise(text);
  return t.starts.map((s, i) => text.slice(s, t.ends[i]));
}

describe('tokenise', () => {
  it('keeps possessives and abbreviation endings in one word and splits on hyphens', () => {
    expect(words("Acme's PR:en, PR-byrån och IBM:n; don't")).toEqual(["Acme's", 'PR:en', 'PR', 'byrån', 'och', 'IBM:n', "don't"]);
  });
  it('does not glue ordinary words across a colon', () => {
    expect(words('Re:Acme klo 12:30')).toEqual(['Re', 'Acme', 'klo', '12', '30']);
  });
  it('keeps combining marks, astral letters and Cyrillic й inside words', () => {
    expect(words('cafe\u0301 𝐀𝐁c 👍🏽 мой й')).toEqual(['cafe\u0301', '𝐀𝐁c', 'мой', 'й']);
  });
  it('finds handles, tags and domains over the words', () => {
    const text = 'Hi @acme_help, see #AcmeCloud at https://status.acme.com/x or mail bob@acme.fi; not #1, e.g. or U.S.';
    const t = tokenise(text);
    expect(t.specials.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`)).toEqual([
      'handle:@acme_help',
      'tag:#AcmeCloud',
      'domain:status.acme.com',
      'domain:acme.fi',
    ]);
  });
  it('handles right-to-left text and an empty string', () => {
    expect(words('שלום עולם مرحبا')).toEqual(['שלום', 'עולם', 'مرحبا']);
    expect(tokenise('')).toEqual({ starts: [], ends: [], specials: [], marks: false });
  });
});

describe('normaliseWord', () => {
  it('lower-cases and composes but folds no letters', () => {
    expect(normaliseWord('ÄÖÅ Ёлка Й')).toBe('äöå ёлка й');
    expect(normaliseWord('и\u0306')).toBe('й');
    expect(normaliseWord('Ёлка', { foldYo: true })).toBe('елка');
  });
  it('wordBase drops a possessive and a colon ending', () => {
    expect(wordBase("acme's")).toBe('acme');
    expect(wordBase('pr:en')).toBe('pr');
    expect(wordBase('markkinoija')).toBe('markkinoija');
  });
});
