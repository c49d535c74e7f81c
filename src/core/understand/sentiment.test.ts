import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../model';
import { classifySentiment } from './sentiment';

type Case = [text: string, sentiment: Sentiment];

function expectSentiments(lang: string, cases: Case[]): void {
  for (const [text, sentiment] of cases) {
    expect(classifySentiment(text, lang).label, text).toBe(sentiment);
  }
}

describe('classifySentiment: polarity words', () => {
  it('reads plain praise and anger in every language', () => {
    expectSentiments('en', [
      ['Honestly a lovely little app, really happy with it', 'positive'],
      ['This is the worst update ever, everything is slower', 'negative'],
      ['The meeting moved to Thursday at 10', 'neutral'],
    ]);
    expectSentiments('ru', [
      ['Отличный сервис, всё быстро и удобно', 'positive'],
      ['Ужасное приложение, постоянно тормозит', 'negative'],
      ['Вебинар начнётся в семь вечера по Москве', 'neutral'],
    ]);
    expectSentiments('fi', [
      ['Tosi kätevä sovellus, olen tyytyväinen', 'positive'],
      ['Surkea päivitys, kaikki on hitaampaa ja sekavampaa', 'negative'],
      ['Kokous siirtyy torstaille kello kymmeneen', 'neutral'],
    ]);
    expectSentiments('sv', [
      ['Riktigt smidig app, jättenöjd', 'positive'],
      ['Usel uppdatering, allt är långsammare nu', 'negative'],
      ['Mötet flyttas till torsdag klockan tio', 'neutral'],
    ]);
  });
});

describe('classifySentiment: negation', () => {
  it('turns "not bad" into mild praise and "not good" into criticism', () => {
    expectSentiments('en', [
      ['Not bad at all for a free plan', 'positive'],
      ['The new search is not good, results are all over the place', 'negative'],
    ]);
    expectSentiments('ru', [
      ['Не плохо, честно говоря, пользоваться можно', 'positive'],
      ['Синхронизация не работает уже второй день', 'negative'],
    ]);
    expectSentiments('fi', [
      ['Ei hassumpi ollenkaan, ihan toimiva ratkaisu', 'positive'],
      ['Sovellus ei toimi, kirjautuminen jumittaa', 'negative'],
    ]);
    expectSentiments('sv', [
      ['Nya versionen är inte alls bra', 'negative'],
      ['Inte dåligt, faktiskt riktigt användbart', 'positive'],
      ['Jag gillar inte den nya layouten', 'negative'],
    ]);
  });

  it('shows the negation inside the cue', () => {
    const text = 'Sovellus ei toimi taaskaan';
    const cue = classifySentiment(text, 'fi').cues.find((c) => c.signal.startsWith('negated'));
    expect(cue?.text).toBe('ei toimi');
    expect(text.slice(cue!.start, cue!.end)).toBe('ei toimi');
  });

  it('reads "zero downtime" and "ни одного сбоя" as good news', () => {
    expectSentiments('en', [['Two years and zero downtime so far', 'positive']]);
    expectSentiments('ru', [['Полгода работы — ни одного сбоя', 'positive']]);
  });
});

describe('classifySentiment: sarcasm', () => {
  it('reads common sarcasm markers as negative', () => {
    expectSentiments('en', [
      ['Oh great, another password reset email. Just what I needed', 'negative'],
      ['Thanks for nothing, support closed my ticket again', 'negative'],
    ]);
    expectSentiments('ru', [
      ['Ну спасибо, конечно, теперь ничего не грузится', 'negative'],
      ['Отлично, опять всё сломалось', 'negative'],
    ]);
    expectSentiments('fi', [
      ['Kiitti vaan, nyt mikään ei toimi', 'negative'],
      ['Hienoa, taas kaatui kesken kaiken', 'negative'],
    ]);
    expectSentiments('sv', [
      ['Tack för inget, nu är alla inställningar borta', 'negative'],
      ['Toppen, appen har kraschat igen', 'negative'],
    ]);
  });

  it('keeps sincere thanks positive', () => {
    expectSentiments('en', [['Thanks so much, that fixed it!', 'positive']]);
    expectSentiments('ru', [['Спасибо большое, всё заработало!', 'positive']]);
    expectSentiments('fi', [['Kiitos paljon, nyt toimii!', 'positive']]);
    expectSentiments('sv', [['Tack så mycket, nu funkar det!', 'positive']]);
  });
});

describe('classifySentiment: contrast', () => {
  it('weighs what comes after "but" more than what comes before', () => {
    expectSentiments('en', [['A bit slow at times, but overall I love it', 'positive']]);
    expectSentiments('ru', [['Хотя дизайн красивый, но пользоваться неудобно и медленно', 'negative']]);
    expectSentiments('fi', [['Hinta on vähän kova, mutta laatu on erinomainen', 'positive']]);
    expectSentiments('sv', [['Snygg design, men tyvärr helt värdelös support', 'negative']]);
  });
});

describe('classifySentiment: any language', () => {
  it('uses emoji where no lexicon exists', () => {
    expect(classifySentiment('Bester Support 😍👍', 'de').label).toBe('positive');
    expect(classifySentiment('Totální katastrofa 😡👎', 'cs').label).toBe('negative');
  });

  it('returns a score in 0..1 and cues pointing into the text', () => {
    const text = 'Love it, but the sync is broken again';
    const result = classifySentiment(text, 'en');
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const cue of result.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });
});
