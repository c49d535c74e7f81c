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
