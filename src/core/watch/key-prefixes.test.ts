import { describe, expect, it } from 'vitest';
import { compileWatchList } from './compile';
import { KeyPrefixes, langIndex } from './key-prefixes';

const list = compileWatchList([
  { label: 'A', kind: 'brand', terms: ['Acme', 'PR', 'city', 'kauppa', 'блог', 'sociala medier', 'ёлка'] },
]);
const prefixes = new KeyPrefixes(list);
const admits = (word: string, lang: string) => prefixes.admits(` ${word} `, 1, word.length + 1, langIndex(lang));

describe('KeyPrefixes', () => {
  it('lets through every form a key may resolve from, in its language', () => {
    for (const w of ['acme', "acme's", 'acme’s', 'acmes', 'pr', 'prs', 'pr:en', 'cities', "city's"]) expect(admits(w, 'en')).toBe(true);
    for (const w of ['kaupan', 'kaupassa', 'kauppakin', 'acmen', 'acmetiimi', 'acmessa']) expect(admits(w, 'fi')).toBe(true);
    for (const w of ['блоге', 'блогов', 'ёлки', 'ёлкой']) expect(admits(w, 'ru')).toBe(true);
    for (const w of ['medierna', 'sociala', 'acmekampanjen', 'acmes']) expect(admits(w, 'sv')).toBe(true);
  });
  it('rules out words no key opens, and stems of other languages', () => {
    for (const w of ['problem', 'acm', 'ac', 'notion', 'zebra', 'прочее']) expect(admits(w, 'en')).toBe(false);
    // English takes no compounds, Finnish has no such ending (and "x" is too short for a compound's rest), other languages only exact words
    expect(admits('acmecorporation', 'en')).toBe(false);
    expect(admits('kauppax', 'fi')).toBe(false);
    expect(admits('kaupassa', 'de')).toBe(false);
    expect(admits('kauppa', 'de')).toBe(true);
    expect(admits('kaupassa', 'en')).toBe(false);
  });
});
