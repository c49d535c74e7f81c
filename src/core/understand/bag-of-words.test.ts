import { describe, expect, it } from 'vitest';
import { NAME, bagOfWords } from './bag-of-words';

describe('bagOfWords', () => {
  it('stems words by the language, once per post, with spans into the text', () => {
    const text = 'Ждал курьера весь день, курьеры так и не приехали?';
    const features = bagOfWords(text, 'ru');
    const keys = features.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('?');
    expect(keys.filter((k) => k.startsWith('курьер') && !k.includes(' '))).toHaveLength(1);
    for (const f of features) expect(f.end).toBeGreaterThan(f.start);
    const courier = features.find((f) => f.key.startsWith('курьер'))!;
    expect(text.slice(courier.start, courier.end)).toBe('курьера');
  });

  it('pairs neighbouring words within a sentence only', () => {
    const keys = bagOfWords('Toimitus myöhässä. Taas kerran.', 'fi').map((f) => f.key);
    expect(keys.some((k) => k.includes(' ') && k.startsWith('toimit'))).toBe(true);
    expect(keys.some((k) => k.startsWith('myöhäs') && k.includes(' taas'))).toBe(false);
  });

  it('reads names inside a sentence as one feature, but keeps hashtags, sentence openers and shouting', () => {
    const keys = bagOfWords('Bytte från Acme till Globex, och #AcmeNere trendar. Acme svarar INTE.', 'sv').map((f) => f.key);
    expect(keys).toContain(NAME);
    expect(keys).not.toContain('globex');
    expect(keys).toContain('acmener');
    expect(keys).toContain('acm');
    expect(keys).toContain('int');
  });

  it('reads handles and numbers as marks, and does not fold ä, ö or å', () => {
    const keys = bagOfWords('@acmesupport tilaus 4411 on yhä jäässä, kävin myymälässä', 'fi').map((f) => f.key);
    expect(keys).toContain('@');
    expect(keys).toContain('0');
    expect(keys.some((k) => k.includes('ä'))).toBe(true);
  });

  it('reads English too, and nothing at all from an empty text', () => {
    expect(bagOfWords('', 'en')).toEqual([]);
    const keys = bagOfWords('Still waiting on my refund!', 'en').map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['still', 'wait', '!', 'my refund']));
  });
});
