import { describe, expect, it } from 'vitest';
import { stemmer as finnishSnowball } from '@orama/stemmers/finnish';
import { stemmer as russianSnowball } from '@orama/stemmers/russian';
import { compileLexicon, compileStemmed, findHits, type LexiconSource } from './lexicon';
import { EN } from './lexicon-en';
import { FI } from './lexicon-fi';
import { NEUTRAL } from './lexicon-neutral';
import { RU } from './lexicon-ru';
import { SV } from './lexicon-sv';
import { tokenize } from './tokens';

const hitsOf = (text: string, lexicon: ReturnType<typeof compileLexicon>): string[] =>
  findHits(tokenize(text), lexicon).map((h) => h.signal);

describe('compileLexicon and findHits', () => {
  const lexicon = compileLexicon({
    anger: 'отстой*|bluff*|*bluff|never again|rip off',
    share: 'акци*:0.5|*rea|rea',
    block: 'акционер*',
    praise: 'love',
  });

  it('matches stems at word starts only', () => {
    expect(hitsOf('Отстойный сервис, полный отстой', lexicon)).toEqual(['anger', 'anger']);
    expect(hitsOf('Это не отстой, а выстой', lexicon)).toEqual(['anger']);
  });

  it('lets a longer blocking stem win over a shorter cue', () => {
    expect(hitsOf('Акция для акционеров', lexicon)).toEqual(['share']);
  });

  it('matches compound ends after a head of four letters, never inside short words', () => {
    expect(hitsOf('Sommarrea nu!', lexicon)).toEqual(['share']);
    expect(hitsOf('Stor rea', lexicon)).toEqual(['share']);
    expect(hitsOf('Vi måste reagera, hela arean är full, Korea', lexicon)).toEqual([]);
    expect(hitsOf('Rena bluffföretaget, ett telefonbluff', lexicon)).toEqual(['anger', 'anger']);
  });

  it('matches phrases across commas and reads weights', () => {
    const hits = findHits(tokenize('Never, again. What a rip off'), lexicon);
    expect(hits.map((h) => h.signal)).toEqual(['anger', 'anger']);
    const share = findHits(tokenize('акции'), lexicon)[0]!;
    expect(share.weight).toBe(0.5);
  });

  it('finds anger words at the end of hashtags', () => {
    expect(hitsOf('#AcmeBluff och #acmeLove', lexicon)).toEqual(['anger']);
  });

  it('matches ~entries by stem, in phrases too, and leaves other words alone', () => {
    const fi = compileStemmed(finnishSnowball, { problem: '~odottaa|~hajota', praise: '~huippu' });
    expect(hitsOf('Odotin kaksi viikkoa, kotelo hajosi, mutta tuki on huippu ja sovellus huiput', fi)).toEqual([
      'problem',
      'problem',
      'praise',
      'praise',
    ]);
    expect(hitsOf('Odotus palkitaan, huippuvuori', fi)).toEqual([]);
    const ru = compileStemmed(russianSnowball, { negative: '~худший', again: '~третий раз' });
    expect(hitsOf('Худшая поддержка, третий раз пишу', ru)).toEqual(['negative', 'again']);
  });

  it('has no entry word the tokenizer would split (a hyphen or comma inside would never match)', () => {
    const sources: Record<string, LexiconSource> = { EN, RU, FI, SV, NEUTRAL };
    const split: string[] = [];
    for (const [name, source] of Object.entries(sources)) {
      for (const [signal, list] of Object.entries(source)) {
        for (const raw of (list ?? '').split('|')) {
          const entry = raw.trim().replace(/:[0-9.]+$/u, '').replace(/^\*/u, '');
          for (const word of entry.split(/\s+/u)) {
            const bare = word.replace(/^~/u, '').replace(/\*$/u, '');
            if (tokenize(bare).length !== 1) split.push(`${name} ${signal}: ${raw}`);
          }
        }
      }
    }
    expect(split).toEqual([]);
  });
});
