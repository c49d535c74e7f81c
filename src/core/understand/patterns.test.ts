// The general patterns behind intent and sentiment, each in English, Russian, Finnish and Swedish:
// story complaints, counted repeats, rhetorical questions, scare quotes, grudging praise, calls to
// spread, switching versus technical migration. Sentences here are not in the labelled sets.
import { describe, expect, it } from 'vitest';
import type { Intent, Sentiment } from '../model';
import { classifyIntent } from './intent';
import { classifySentiment } from './sentiment';

type Case = [lang: string, text: string, intent: Intent, sentiment?: Sentiment];

function expectAll(cases: Case[]): void {
  for (const [lang, text, intent, sentiment] of cases) {
    expect(classifyIntent(text, lang).label, `${lang}: ${text}`).toBe(intent);
    if (sentiment) expect(classifySentiment(text, lang).label, `${lang} sentiment: ${text}`).toBe(sentiment);
  }
}

describe('story complaints: waiting, counted repeats, things that did not happen', () => {
  it('reads a wait told as a story as a complaint', () =>
    expectAll([
      ['en', 'I waited two weeks for the Globex technician and then they rescheduled by text.', 'complaint', 'negative'],
      ['ru', 'Прождал курьера Globex весь день, в итоге доставку перенесли без звонка.', 'complaint', 'negative'],
      ['fi', 'Odottelin Globexin asentajaa koko päivän ja sitten tuli tekstiviesti, että käynti siirtyy.', 'complaint', 'negative'],
      ['sv', 'Väntade på Globex-teknikern hela dagen och sen kom ett sms om att besöket flyttas.', 'complaint', 'negative'],
    ]));

  it('reads a counted repeat as a complaint', () =>
    expectAll([
      ['en', 'Fourth time this year my Acme router needs a factory reset.', 'complaint', 'negative'],
      ['ru', 'Третий раз за неделю роутер Acme приходится перезагружать.', 'complaint', 'negative'],
      ['fi', 'Kolmatta kertaa tällä viikolla Acmen reititin pitää käynnistää uudelleen.', 'complaint', 'negative'],
      ['sv', 'Tredje gången den här veckan som Acme-routern måste startas om.', 'complaint', 'negative'],
    ]));

  it('reads nobody calling back as a complaint', () =>
    expectAll([
      ['en', 'Two weeks since they promised a callback. Nobody has called.', 'complaint'],
      ['ru', 'Обещали перезвонить две недели назад. Никто не перезвонил.', 'complaint'],
      ['fi', 'Lupasivat soittaa kaksi viikkoa sitten. Kukaan ei ole soittanut.', 'complaint'],
      ['sv', 'De lovade att ringa upp för två veckor sedan. Ingen har ringt.', 'complaint'],
    ]));
});

describe('rhetorical questions', () => {
  it('reads a question that is a reproach as a complaint', () =>
    expectAll([
      ['en', 'How many times do I have to send the same screenshot to support?', 'complaint', 'negative'],
      ['ru', 'Сколько раз ещё надо отправлять в поддержку один и тот же скриншот?', 'complaint', 'negative'],
      ['fi', 'Kuinka monta kertaa saman kuvakaappauksen joutuu lähettämään tukeen?', 'complaint', 'negative'],
      ['sv', 'Hur många gånger ska man behöva skicka samma skärmdump till supporten?', 'complaint', 'negative'],
    ]));

  it('keeps a plain how-to question a question', () =>
    expectAll([
      ['en', 'How do I send a screenshot to support from the app?', 'question', 'neutral'],
      ['ru', 'Как отправить скриншот в поддержку прямо из приложения?', 'question', 'neutral'],
      ['fi', 'Miten kuvakaappauksen saa lähetettyä tukeen suoraan sovelluksesta?', 'question', 'neutral'],
      ['sv', 'Hur skickar man en skärmdump till supporten direkt från appen?', 'question', 'neutral'],
    ]));
});

describe('sarcasm without a marker', () => {
  it('reads praise in scare quotes as sarcasm', () =>
    expectAll([
      ['en', 'Thanks for the "improved" checkout, Acme. It now takes three pages.', 'complaint', 'negative'],
      ['ru', 'Спасибо за «улучшенную» корзину, Acme. Теперь оформление на три страницы.', 'complaint', 'negative'],
      ['fi', "Kiitos Acme 'parannetusta' kassasta. Nyt tilaamiseen menee kolme sivua.", 'complaint', 'negative'],
      ['sv', "Tack för den 'förbättrade' kassan, Acme. Nu tar en beställning tre sidor.", 'complaint', 'negative'],
    ]));
});

describe('praise with a but', () => {
  it('reads "not the X-est, but…" as praise', () =>
    expectAll([
      ['en', 'Not the cheapest headphones, but they have survived two years of daily commuting.', 'praise', 'positive'],
      ['ru', 'Не самые дешёвые наушники, но два года ежедневных поездок пережили.', 'praise', 'positive'],
      ['fi', 'Ei mikään halvin kuulokemalli, mutta kaksi vuotta päivittäistä työmatkaa on kestetty.', 'praise', 'positive'],
      ['sv', 'Inte de billigaste hörlurarna, men de har klarat två år av daglig pendling.', 'praise', 'positive'],
    ]));

  it('reads good-then-broken as a complaint', () =>
    expectAll([
      ['en', 'The speaker sounds great but it stopped charging after a month.', 'complaint', 'negative'],
      ['ru', 'Колонка звучит отлично, но через месяц перестала заряжаться.', 'complaint', 'negative'],
      ['fi', 'Kaiutin kuulostaa hyvältä, mutta se lakkasi latautumasta kuukauden päästä.', 'complaint', 'negative'],
      ['sv', 'Högtalaren låter bra men den slutade ladda efter en månad.', 'complaint', 'negative'],
    ]));
});

describe('crisis: spreading anger, not just being angry', () => {
  it('reads a call to spread trouble as a crisis', () =>
    expectAll([
      ['en', 'Acme Bank is the worst bank in the country. Spread the word.', 'crisis', 'negative'],
      ['ru', 'Acme Банк худший банк в стране. Распространите.', 'crisis', 'negative'],
      ['fi', 'Acme Pankki on maan surkein pankki. Levittäkää.', 'crisis', 'negative'],
      ['sv', 'Acme Bank är landets sämsta bank. Sprid det här.', 'crisis', 'negative'],
    ]));

  it('reads danger to the public as a crisis', () =>
    expectAll([
      ['en', 'Acme Mobile is down across the city and emergency calls are failing. This is dangerous.', 'crisis', 'negative'],
      ['ru', 'Acme Мобайл лежит по всему городу, звонки в скорую не проходят. Это опасно.', 'crisis', 'negative'],
      ['fi', 'Acme Mobiili on nurin koko kaupungissa eivätkä hätäpuhelut mene läpi. Tämä on vaarallista.', 'crisis', 'negative'],
      ['sv', 'Acme Mobil ligger nere i hela stan och larmsamtal går inte fram. Det här är farligt.', 'crisis', 'negative'],
    ]));

  it('keeps one person’s outage annoyance a complaint', () =>
    expectAll([
      ['en', 'My Acme app logs me out again after the update.', 'complaint'],
      ['ru', 'После обновления приложение Acme опять меня разлогинивает.', 'complaint'],
      ['fi', 'Acmen sovellus kirjaa minut taas ulos päivityksen jälkeen.', 'complaint'],
      ['sv', 'Acme-appen loggar ut mig igen efter uppdateringen.', 'complaint'],
    ]));
});

describe('buying versus technical talk', () => {
  it('reads readiness to switch as buying', () =>
    expectAll([
      ['en', 'Our Acme contract ends in May and we are open to switching. What else does solid invoicing?', 'buying'],
      ['ru', 'Договор с Acme заканчивается в мае, готовы уйти. Кто ещё нормально делает счета?', 'buying'],
      ['fi', 'Acme-sopimus päättyy toukokuussa ja ollaan valmiita vaihtamaan. Mikä muu hoitaa laskutuksen kunnolla?', 'buying'],
      ['sv', 'Avtalet med Acme går ut i maj och vi byter gärna. Vad mer sköter fakturering bra?', 'buying'],
    ]));

  it('keeps a benchmark "X vs Y" write-up other', () =>
    expectAll([
      ['en', 'Benchmarked Redis vs Valkey on our queue workload: within 3% of each other. Numbers in the blog post.', 'other'],
      ['ru', 'Сравнил Redis и Valkey на нашей очереди: разница в пределах 3%. Цифры в статье.', 'other'],
      ['fi', 'Vertailin Redisiä ja Valkeyta meidän jonokuormalla: ero alle 3 %. Luvut blogissa.', 'other'],
      ['sv', 'Jämförde Redis och Valkey på vår kölast: inom 3 % av varandra. Siffror i bloggen.', 'other'],
    ]));
});
