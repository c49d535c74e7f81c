import { describe, expect, it } from 'vitest';
import { JUDGED_CHARS, type Intent } from '../model';
import { classifyIntent } from './intent';

type Case = [text: string, intent: Intent];

// Every case is read right by the rules alone; the product (rules with the learned model deciding
// beside them) is held to most of them, per language, at the end.
const seen: Record<string, Case[]> = {};
function expectIntents(lang: string, cases: Case[]): void {
  for (const [text, intent] of cases) {
    expect(classifyIntent(text, lang, null).label, text).toBe(intent);
    (seen[lang] ??= []).push([text, intent]);
  }
}

describe('classifyIntent: English', () => {
  it('questions', () =>
    expectIntents('en', [
      ['How can I add a second admin to our workspace?', 'question'],
      ['anyone know where the API tokens page went', 'question'],
      ['Is there a way to mute a thread without leaving it?', 'question'],
    ]));
  it('complaints, also in question form and with negation', () =>
    expectIntents('en', [
      ['The app has been freezing on startup since Monday. Super annoying.', 'complaint'],
      ['Why does the dashboard keep showing yesterday’s numbers?', 'complaint'],
      ['Uploads still not working after the patch.', 'complaint'],
    ]));
  it('praise, also "not bad" and praise with a but', () =>
    expectIntents('en', [
      ['Not bad at all, the new timeline view is actually pretty handy', 'praise'],
      ['Kudos to the team, the migration went without a hitch', 'praise'],
      ['A bit pricey, but honestly the best support I have dealt with', 'praise'],
    ]));
  it('buying decisions, not how-to questions', () =>
    expectIntents('en', [
      ['Which is better for a two-person shop, Acme or Planoly?', 'buying'],
      ['Looking for a cheaper alternative to Sprout, any ideas?', 'buying'],
      ['How do I change my plan from monthly to yearly?', 'question'],
    ]));
  it('crisis versus a mere complaint', () =>
    expectIntents('en', [
      ['Acme sucks. Fourth outage this month. #AcmeDown', 'crisis'],
      ['Acme leaked our customer list. @TechCrunch please look into this', 'crisis'],
      ['The export is slow today.', 'complaint'],
    ]));
  it('other', () =>
    expectIntents('en', [
      ['Slides from yesterday’s meetup are on my blog now', 'other'],
      ['Lunch by the river today', 'other'],
    ]));
});

describe('classifyIntent: Russian', () => {
  it('вопросы', () =>
    expectIntents('ru', [
      ['Подскажите, как выгрузить отчёт в PDF?', 'question'],
      ['Где в настройках меняется часовой пояс?', 'question'],
    ]));
  it('жалобы, в том числе «не работает» и вопрос-жалоба', () =>
    expectIntents('ru', [
      ['Приложение опять не работает, вылетает при входе', 'complaint'],
      ['Почему у вас снова списали деньги два раза?', 'complaint'],
      ['Ну спасибо, конечно, за обновление: все настройки слетели', 'complaint'],
    ]));
  it('похвала, в том числе «неплохо» и «но в целом»', () =>
    expectIntents('ru', [
      ['Неплохо сделали, пользоваться стало удобнее', 'praise'],
      ['Поддержка ответила за пять минут, спасибо огромное!', 'praise'],
      ['Дороговато, но в целом сервис отличный', 'praise'],
    ]));
  it('выбор инструмента', () =>
    expectIntents('ru', [
      ['Посоветуйте аналог Hootsuite подешевле', 'buying'],
      ['Что выбрать для агентства: Acme или Popsters?', 'buying'],
    ]));
  it('кризис, а не просто жалоба; «развод» и «акционеры» в прямом смысле', () =>
    expectIntents('ru', [
      ['Acme — отстой и развод, не ведитесь!', 'crisis'],
      ['Подаём в суд на Acme за утечку данных', 'crisis'],
      ['После развода долго не могла прийти в себя, но сейчас всё хорошо', 'other'],
      ['Собрание акционеров перенесли на июль', 'other'],
    ]));
});

describe('classifyIntent: Finnish', () => {
  it('kysymykset, myös -ko/-kö', () =>
    expectIntents('fi', [
      ['Miten saan vaihdettua laskutusosoitteen?', 'question'],
      ['Toimiiko tämä myös Linuxilla?', 'question'],
      ['Onko raportteihin mahdollista lisätä oma logo?', 'question'],
    ]));
  it('valitukset, myös "ei toimi"', () =>
    expectIntents('fi', [
      ['Sovellus ei toimi taas, kirjautuminen kaatuu', 'complaint'],
      ['Tuki ei ole vastannut viikkoon', 'complaint'],
    ]));
  it('kehut, myös "ei huono" ja "mutta"', () =>
    expectIntents('fi', [
      ['Ei huono ollenkaan, uusi näkymä on tosi selkeä', 'praise'],
      ['Hinta vähän kova, mutta palvelu on loistava', 'praise'],
    ]));
  it('ostopäätökset', () =>
    expectIntents('fi', [
      ['Mitä vaihtoehtoja on Hootsuitelle pienelle yritykselle?', 'buying'],
      ['Acme vai Agorapulse, kumpi kannattaa?', 'buying'],
    ]));
  it('kriisi ja ale-ansa', () =>
    expectIntents('fi', [
      ['Acme on täysin perseestä, en enää ikinä! Boikotoikaa', 'crisis'],
      ['Alennus koskee kaikkia kesätuotteita, ale alkaa maanantaina', 'other'],
      ['Kävin alella ostamassa kengät', 'other'],
    ]));
});

describe('classifyIntent: Swedish', () => {
  it('frågor', () =>
    expectIntents('sv', [
      ['Hur lägger jag till en kollega i teamet?', 'question'],
      ['Går det att exportera till PDF?', 'question'],
    ]));
  it('klagomål, också "funkar inte" och "inte alls bra"', () =>
    expectIntents('sv', [
      ['Appen funkar inte sedan uppdateringen, den kraschar hela tiden', 'complaint'],
      ['Nya menyn är inte alls bra, allt tar längre tid', 'complaint'],
    ]));
  it('beröm, också "inte dåligt" och "men"', () =>
    expectIntents('sv', [
      ['Inte dåligt alls, supporten löste det på en kvart', 'praise'],
      ['Lite dyrt, men helt klart värt det. Grymt verktyg', 'praise'],
    ]));
  it('köpbeslut', () =>
    expectIntents('sv', [
      ['Finns det något bra alternativ till Meltwater för en liten byrå?', 'buying'],
      ['Vad kostar Acme för tre användare? Vi funderar på att byta', 'buying'],
    ]));
  it('kris, och fällorna "suger" och "rea"', () =>
    expectIntents('sv', [
      ['Acme suger. Bojkotta dem, de är rena bluffen', 'crisis'],
      ['Dammsugaren suger bra även på mattor', 'praise'],
      ['Vi måste reagera snabbare på kritik, jag skriver om det i bloggen', 'other'],
    ]));
});

describe('classifyIntent with the learned model', () => {
  // The model overrules the rules where, over sets it never saw, words and evidence together said
  // otherwise; on these cases it differs in four (a short "The export is slow today." it calls other,
  // "Dammsugaren suger bra…" other, a why-question about stale numbers a question, "После развода…
  // всё хорошо" praise).
  it.each(['en', 'ru', 'fi', 'sv'])('%s: agrees with nearly all the cases above', (lang) => {
    const cases = seen[lang]!;
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const misses = cases.filter(([text, intent]) => classifyIntent(text, lang).label !== intent);
    if (misses.length) console.log(`${lang} product misses: ${misses.map(([t, i]) => `${i}: ${t}`).join(' | ')}`);
    expect(misses.length, misses.map(([t]) => t).join(' | ')).toBeLessThanOrEqual(2);
  });
});

describe('classifyIntent: any language', () => {
  it('falls back to "?" and emoji for languages without a lexicon', () => {
    expect(classifyIntent('Wie exportiere ich meine Daten?', 'de').label).toBe('question');
    expect(classifyIntent('Je to hrozné 😡🤬👎', 'cs').label).toBe('complaint');
  });

  it('reports cues with offsets onto the text', () => {
    const text = 'Acme sucks. Third outage this week and not a word from them. #AcmeSucks';
    const result = classifyIntent(text, 'en');
    expect(result.label).toBe('crisis');
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.cues.length).toBeGreaterThan(0);
    for (const cue of result.cues) {
      expect(text.slice(cue.start, cue.end)).toBe(cue.text);
      expect(cue.signal).toBeTruthy();
    }
    expect(result.cues.map((c) => c.text)).toContain('sucks');
  });

  it('handles empty and huge posts, judging a huge one by its start', () => {
    expect(classifyIntent('', 'en')).toEqual({ label: 'other', score: 1, cues: [] });
    const huge = 'Acme is great but the sync is broken again. '.repeat(20_000);
    const t0 = performance.now();
    const result = classifyIntent(huge, 'en');
    // The first JUDGED_CHARS characters are read (about 0.1 s on an idle machine), not the 880 kB.
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(result.cues.length).toBeGreaterThan(0);
    expect(result).toEqual(classifyIntent(huge.slice(0, JUDGED_CHARS), 'en'));
    for (const cue of result.cues) {
      expect(cue.end ?? 0).toBeLessThanOrEqual(JUDGED_CHARS);
      expect(huge.slice(cue.start, cue.end)).toBe(cue.text);
    }
  });
});
