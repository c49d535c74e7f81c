import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps UTF-16 offsets onto the original text', () => {
    const text = 'Ёлки, «Acme» не работает! 😡 #AcmeSuger @acmecorp';
    for (const t of tokenize(text)) {
      const surface = text.slice(t.start, t.end);
      if (t.kind === 'word') expect(surface.toLowerCase().replace(/ё/g, 'е')).toBe(t.norm);
    }
    const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => t.norm);
    expect(words).toEqual(['елки', 'acme', 'не', 'работает', '#acmesuger', '@acmecorp']);
  });

  it('does not fold ä, ö, å or й', () => {
    const words = tokenize('Nöjd med själva tjänsten, мой отзыв').map((t) => t.norm);
    expect(words).toContain('nöjd');
    expect(words).toContain('själva');
    expect(words).toContain('мой');
  });

  it('splits sentences at . ! ? and line breaks, but not inside acme.com', () => {
    const tokens = tokenize('Visit acme.com today. Is it down?\nYes');
    const sentenceOf = (w: string): number => tokens.find((t) => t.norm === w)!.sentence;
    expect(sentenceOf('com')).toBe(sentenceOf('visit'));
    expect(sentenceOf('is')).toBe(sentenceOf('visit') + 1);
    expect(sentenceOf('yes')).toBe(sentenceOf('is') + 1);
  });

  it('numbers words within their sentence and clauses at commas', () => {
    const tokens = tokenize('Great, another update. Thanks');
    const great = tokens.find((t) => t.norm === 'great')!;
    const another = tokens.find((t) => t.norm === 'another')!;
    const thanks = tokens.find((t) => t.norm === 'thanks')!;
    expect(great.wordInSentence).toBe(0);
    expect(another.clause).toBe(great.clause + 1);
    expect(thanks.wordInSentence).toBe(0);
  });

  it('keeps emoji and apostrophes', () => {
    const tokens = tokenize("Don't ❤ it");
    expect(tokens.map((t) => t.norm)).toEqual(["don't", '❤', 'it']);
    expect(tokens[1]!.kind).toBe('emoji');
  });

  it('copes with empty, spaceless and combining text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   ')).toEqual([]);
    const combining = 'cafe\u0301 ok';
    expect(tokenize(combining).map((t) => t.norm)).toEqual(['cafe\u0301', 'ok']);
  });
});
