import { describe, expect, it } from 'vitest';
import { shapeFeatures } from './shape-features';
import { tokenize } from './tokens';

const shapes = (text: string, lang: string): string[] => {
  const out: string[] = [];
  shapeFeatures(text, tokenize(text), lang, (key) => out.push(key));
  return out;
};

describe('shape features', () => {
  it.each([
    ['en', 'Torn between Proton and Fastmail for the family plan, anyone used both?'],
    ['en', 'giffgaff or SMARTY for a SIM only deal? need about 30GB'],
    ['ru', 'Что лучше для дачи, Мегафон или Билайн? Там везде ловит через раз'],
    ['fi', 'Elisa vai Telia kotinettiin Tampereella? Nykyinen sopimus loppuu kesällä'],
    ['sv', 'Tibber eller Greenely för timpris? Har värmepump och elbil'],
  ])('%s: two named options set against each other, asked: %s', (lang, text) => {
    expect(shapes(text, lang)).toContain('shape:options?');
  });

  it.each([
    ['en', 'Would you rather have a cat or a dog?'],
    ['ru', 'Чай или кофе с утра?'],
    ['fi', 'Mennäänkö leffaan vai jäädäänkö kotiin?'],
    ['sv', 'Glass eller pannkakor till efterrätt?'],
  ])('%s: a choice between plain words is no choice between products: %s', (lang, text) => {
    expect(shapes(text, lang).filter((s) => s.startsWith('shape:options'))).toEqual([]);
  });

  it.each([
    ['en', 'Paid £14 for a window seat on the 7:40 flight, boarding pass says 17E.'],
    ['ru', 'Заказ на 18:00–20:00, курьер приехал в 23:40.'],
    ['fi', 'Nouto tilattu kello 17, kello 17.40 keräily vielä kesken.'],
    ['sv', 'Reparationen skulle ta max 2 veckor. Det var 7 veckor sen.'],
  ])('%s: facts told in numbers, with no question: %s', (lang, text) => {
    expect(shapes(text, lang)).toEqual(expect.arrayContaining(['shape:numbers2+', 'shape:numbers-told']));
  });

  it('a number in a question is not told as a fact', () => {
    expect(shapes('Is the 15€ fee charged if I cancel inside the trial?', 'en')).toEqual(['shape:number']);
  });

  it.each([
    ['en', 'Stop ordering from them, everyone. They will not change until it costs them.'],
    ['en', "Don't renew with Acme this year, people. Seriously."],
    ['ru', 'Кто может, уходите от них. Не покупайте ничего, пока не вернут деньги'],
    ['fi', 'Älkää ostako niiltä mitään ennen kuin ne korjaa tän. Kaikki yhdessä'],
    ['fi', 'Koko yhteisölle: ei osteta mitään ennen kuin tää korjataan'],
    ['sv', 'Säg upp er, allihop. Det finns bättre operatörer'],
  ])('%s: a call on others in the plural: %s', (lang, text) => {
    expect(shapes(text, lang)).toContain('shape:call+group');
  });

  it.each([
    ['en', 'Left my wallet on the bus. Honestly thought it was gone for good, the depot rang me the next morning.', 'shape:expected'],
    ['ru', 'Думал, что ремонт займёт месяц, а забрал через три дня.', 'shape:expected'],
    ['fi', 'Olin varautunut viikon odotteluun, paketti tuli seuraavana päivänä.', 'shape:expected'],
    ['sv', 'Trodde att jag skulle få vänta i veckor, men mackan fixade det på en timme.', 'shape:expected'],
    ['en', 'The box says up to 60 minutes and it was advertised as all-day battery.', 'shape:promised'],
    ['ru', 'Обещали доставить до пятницы, сегодня вторник.', 'shape:promised'],
    ['fi', 'Asennus luvattiin maanantaille, vieläkään ei ole kuulunut mitään.', 'shape:promised'],
    ['sv', 'De lovade en tekniker i går. Ingen kom.', 'shape:promised'],
  ])('%s: what was expected or promised, beside what came: %s', (lang, text, shape) => {
    expect(shapes(text, lang)).toContain(shape);
  });

  it.each([
    ['en', "I don't get why the app logs me out every morning"],
    ['en', 'Never had a single problem with them in six years.'],
    ['ru', 'Хотите верьте, хотите нет, но посылка пришла за день'],
    ['fi', 'Minulla ei ole aikaa odottaa jonossa'],
    ['sv', 'Jag köper inte att det var ett misstag'],
  ])('%s: a plain statement calls on nobody: %s', (lang, text) => {
    expect(shapes(text, lang).filter((s) => s.startsWith('shape:call'))).toEqual([]);
  });
});

describe('shape features: remedies, reports and doubting questions', () => {
  it.each([
    ['en', 'The kettle died after a week, so I rang Acme and they replaced it the next morning.'],
    ['ru', 'Стиралка сломалась через месяц, мастер приехал в субботу и всё починил бесплатно.'],
    ['fi', 'Kuulokkeet hajosi kahden viikon päästä, mutta kaupassa vaihtoivat uusiin ilman kuittia.'],
    ['sv', 'Cykeln gick sönder efter en månad men verkstaden lagade den samma dag utan att ta betalt.'],
  ])('%s: something put right for the writer: %s', (lang, text) => {
    expect(shapes(text, lang)).toContain('shape:remedy');
  });

  it.each([
    ['en', 'Three weeks on and they still have not refunded me.'],
    ['ru', 'Деньги так и не вернули, третью неделю жду.'],
    ['fi', 'Vika ilmoitettu maanantaina, mutta ei ole korjattu vieläkään.'],
    ['sv', 'Två veckor senare har de fortfarande inte fixat något, och de bytte inte routern heller.'],
  ])('%s: a remedy denied is none: %s', (lang, text) => {
    expect(shapes(text, lang)).not.toContain('shape:remedy');
  });

  it.each([
    ['en', 'Globex reportedly pulls out of the UK broadband market by next spring'],
    ['ru', 'Initech объявил о закрытии офиса в Казани, сообщает местное издание'],
    ['fi', 'Hooli kertoo lopettavansa palvelun Suomessa ensi vuoden alussa'],
    ['sv', 'Acme lägger ner sin butik i Uppsala, enligt lokaltidningen'],
  ])('%s: news told of a company: %s', (lang, text) => {
    expect(shapes(text, lang)).toContain('shape:reported');
  });

  it.each([
    ['en', 'Acme, is it really normal to wait six weeks for a refund?'],
    ['ru', 'Acme, вы серьёзно считаете, что шесть недель ждать возврат — это нормально?'],
    ['fi', 'Onko ihan oikeasti tarkoitus, että palautusta odotetaan kuusi viikkoa?'],
    ['sv', 'Är det verkligen rimligt att vänta sex veckor på en återbetalning?'],
  ])('%s: a question that doubts: %s', (lang, text) => {
    expect(shapes(text, lang)).toContain('shape:doubt?');
  });

  it.each([
    ['en', 'This is really good coffee, honestly.'],
    ['ru', 'Реально вкусный кофе, правда.'],
    ['fi', 'Tosi hyvää kahvia, oikeasti.'],
    ['sv', 'Verkligen gott kaffe, seriöst.'],
  ])('%s: the same words told, not asked, do not doubt: %s', (lang, text) => {
    expect(shapes(text, lang)).not.toContain('shape:doubt?');
  });
});

describe('shape features: calls with other verbs', () => {
  it.each([
    ['en', 'Writers, start backing up your drafts somewhere else. Acme wiped a year of mine overnight.'],
    ['en', 'RT so @AcmeBank sees this: three days without card payments and not a word from them.'],
    ['ru', 'RT, пусть Acme увидит: третий день не работает оплата картой.'],
    ['fi', 'RT jotta Acme näkee: kolmatta päivää korttimaksut ei toimi.'],
    ['sv', 'Stäng ert konto hos Acme Bank innan nästa avgiftshöjning.'],
    ['sv', 'Föräldrar, avboka era tider hos Acme Vård tills de förklarat sig.'],
    ['en', 'The whole street is writing to the council together tonight about Acme Water.'],
  ])('%s: a call on others: %s', (lang, text) => {
    expect(shapes(text, lang).some((s) => s.startsWith('shape:call') || s === 'shape:group')).toBe(true);
  });

  it.each([
    ['en', 'Start time is 9am, keep going past the gate.'],
    ['en', 'rt is what my cousin calls the train station'],
    ['sv', 'Stängt hela helgen, öppnar igen måndag.'],
  ])('%s: no call: %s', (lang, text) => {
    expect(shapes(text, lang).filter((s) => s.startsWith('shape:call'))).toEqual([]);
  });
});
