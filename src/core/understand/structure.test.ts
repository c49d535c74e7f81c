// Structural cues that carry an intent without the usual words: two names to choose between,
// a warning told to the public in the plural imperative, a whole place without power, and the
// sentiment a plain complaint or praise lends a post its polar words leave neutral.
import { describe, expect, it } from 'vitest';
import type { Intent } from '../model';
import { classifyIntent } from './intent';
import { classifySentiment } from './sentiment';

const intents = (lang: string, cases: [string, Intent][]): void => {
  for (const [text, intent] of cases) expect(classifyIntent(text, lang, null).label, text).toBe(intent);
};

describe('choosing between names', () => {
  it('reads "X or Y" between names of any shape as buying, not formats', () => {
    intents('en', [
      ['Zoho or Freshdesk for a three person helpdesk', 'buying'],
      ['Should I get the iPad Air or wait for the next one?', 'buying'],
    ]);
    intents('ru', [
      ['Т2 или МТС для поездок по области, у кого связь лучше?', 'buying'],
      ['Подскажите, в каком формате выгружать отчёт — CSV или XLSX?', 'question'],
    ]);
    intents('fi', [['Elisa vai DNA kerrostaloon, kummalla nopeampi netti?', 'buying']]);
    intents('sv', [['Ska man köpa eller hyra en kombi till familjen?', 'buying']]);
  });
});

describe('public warnings', () => {
  it('makes a crisis of a plural imperative warning about trouble', () => {
    intents('ru', [['Не обновляйте приложение банка, после обновления пропадают деньги со счёта!', 'crisis']]);
    intents('fi', [['Tarkistakaa tilinne, pankki on veloittanut kaikilta asiakkailta tuplamaksun ja kieltää vian.', 'crisis']]);
    intents('sv', [['Installera inte nya versionen, den läcker era personnummer till andra kunder!', 'crisis']]);
    intents('en', [['PSA: the Acme charger overheated and melted my desk. Unplug yours.', 'crisis']]);
  });

  it('leaves invitations and calm questions alone', () => {
    intents('fi', [['Tulkaa moikkaamaan messuille, olemme osastolla 6', 'other']]);
    intents('en', [['Heads up, the office is closed on Friday for the move', 'other']]);
  });

  it('reads a whole place without power as a crisis', () => {
    intents('sv', [['Hela byn utan ström sedan i går kväll och Vattenfall säger ingenting. Äldre sitter i kylan.', 'crisis']]);
  });
});

describe('sentiment from intent', () => {
  it('colours a plain complaint negative and plain praise positive, with cues', () => {
    const s = classifySentiment('Ordered a cake for Saturday. It arrived Monday, still waiting for the refund.', 'en');
    expect(s.label).toBe('negative');
    expect(s.cues.length).toBeGreaterThan(0);
  });
});

describe('doubt and sarcasm', () => {
  it('reads a lower-case claim in scare quotes as a complaint, not a quoted page in a question', () => {
    intents('en', [["Bought the 'lifetime' licence in March, it stopped working in June.", 'complaint']]);
    intents('ru', [['Подключили «безлимитный» тариф, а через 10 гигов скорость как в 2005-м.', 'complaint']]);
    intents('en', [['Ordered the blender on the 3rd. Tracking has said "label created" ever since and the chat bot just sends me the same link.', 'complaint']]);
    intents('sv', [['Hur byter jag lösenord? I appen står det bara "ett fel uppstod"', 'question']]);
  });

  it('lets a short sentence after opening praise turn it sarcastic', () => {
    intents('en', [['Oh wonderful, the app logged me out mid-payment. Again.', 'complaint']]);
    intents('sv', [['Tack för ingenting, Postnord. Paketet skickades tillbaka utan avisering.', 'complaint']]);
  });
});

describe('negation reach and either-or', () => {
  it('reads "not bad" alone as praise and lets "a single" not use up the reach of "without"', () => {
    intents('en', [['Not bad for the price honestly, the lid seals and it keeps coffee hot all morning', 'praise']]);
    intents('sv', [['Tio år med samma Bosch-tvätt utan ett enda större fel. Imponerande.', 'praise']]);
  });

  it('makes "or" in a question that weighs a purchase a choice, not a how-to', () => {
    intents('sv', [['Ska jag välja fast eller rörligt elavtal i vinter?', 'buying']]);
    intents('fi', [['Voiko tilin siirtää toiselle vai pitääkö tehdä uusi?', 'question']]);
  });
});

describe('more shapes', () => {
  it('keeps a model number with its name, and reads an opening auxiliary before a name as a question', () => {
    intents('en', [['Galaxy S23 or Pixel 7 for a teenager, mostly games and photos?', 'buying']]);
    intents('sv', [['Har Systembolaget öppet på annandagen', 'question']]);
    intents('en', [['Is Tesco open on Boxing Day', 'question']]);
  });

  it('reads a demand hashtag as anger spreading', () => {
    intents('ru', [['Озон списал деньги у тысяч покупателей и молчит третий день. #ОзонВерниДеньги', 'crisis']]);
  });
});

describe('why-questions', () => {
  it('reads a why-question about a named company as a complaint that says why', () => {
    const r = classifyIntent('Varför tar Klarna en avgift när jag betalar i tid?', 'sv', null);
    expect(r.label).toBe('complaint');
    expect(r.cues.map((c) => c.text)).toContain('Varför');
    expect(r.score).toBeGreaterThan(0.5);
    expect(classifySentiment('Почему Wildberries берёт деньги за возврат бракованного товара?', 'ru').label).toBe('negative');
  });
});

describe('cost', () => {
  it('stays linear on huge posts full of quotes, choices, warnings and handles', () => {
    const posts: [string, string][] = [
      ['en', "Which one should I buy, 'X' or 'Y'? Is the Pro worth it or should I wait? Acme or Globex? "],
      ['ru', 'Какой телефон взять, МТС или Билайн? Не ставьте приложение! «безлимит» '],
      ['en', '@a '],
    ];
    for (const [lang, unit] of posts) {
      const huge = unit.repeat(unit.length < 5 ? 60_000 : 6_000);
      const t0 = performance.now();
      classifyIntent(huge, lang, null);
      classifySentiment(huge, lang);
      // Well under a second each on an idle machine; a quadratic step would take minutes.
      expect(performance.now() - t0).toBeLessThan(15_000);
    }
  });
});

describe('verdicts and restorations', () => {
  it('reads a negated verdict as a complaint and a fix that works again as praise', () => {
    intents('en', [['Not happy with the new pricing at all', 'complaint']]);
    intents('sv', [['Tack, nu funkar det igen!', 'praise']]);
    intents('fi', [['Ihan ok sovellus, ei valittamista', 'praise']]);
  });

  it('turns praise that hails a name sarcastic when the next sentence says it fails', () => {
    intents('en', [['Great job Acme, now the app does not open at all', 'complaint']]);
    intents('fi', [['Mahtavaa, Acme. Nyt sovellus ei aukea ollenkaan', 'complaint']]);
  });
});

describe('again, alone', () => {
  it('reads "Again." said on its own after a plain report as a complaint', () => {
    intents('en', [['The banking app logged me out halfway through a transfer. Again.', 'complaint']]);
    intents('sv', [['Bussen körde förbi hållplatsen. Igen.', 'complaint']]);
  });
});

describe('probe 10 shapes', () => {
  it('reads a thrice-said praise word as sarcasm and a split how-much as a price question', () => {
    intents('en', [['so the app just dropped offline mode without telling anyone. great great great', 'complaint']]);
    intents('fi', [['Paljonko tällainen robotti-imuri maksaa, ja kannattaako?', 'buying']]);
    intents('fi', [['Saako kaupassa maksaa kortilla', 'question']]);
  });
});
