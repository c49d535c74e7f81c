import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/tokenise';
import { detectLanguage, primaryLang } from './detect';

const detect = (text: string, hint?: string) => detectLanguage(text, tokenise(text), hint);

describe('detectLanguage', () => {
  it.each([
    ['en', 'Does anyone know how to export my notes from Acme? The button is gone since the update.'],
    ['en', 'Acme support is the worst, third day without an answer.'],
    ['ru', 'Подскажите, как выгрузить заметки из Акме? После обновления кнопка пропала.'],
    ['ru', 'Поддержка Глобекса молчит уже третий день, это просто позор.'],
    ['fi', 'Osaako joku sanoa, miten muistiinpanot saa vietyä ulos Acmesta? Nappi katosi päivityksen jälkeen.'],
    ['fi', 'Acmen tuki ei vastaa, ja sovellus kaatuu joka kerta.'],
    ['sv', 'Vet någon hur man exporterar anteckningar från Acme? Knappen försvann efter uppdateringen.'],
    ['sv', 'Supporten på Acme svarar inte, och appen kraschar hela tiden.'],
    ['uk', 'Підкажіть, будь ласка, як експортувати нотатки з Acme? Кнопка зникла.'],
    ['de', 'Weiß jemand, wie man die Notizen aus Acme exportiert? Der Knopf ist weg.'],
  ])('%s: %s', (lang, text) => {
    expect(detect(text)).toBe(lang);
  });
  it('uses the declared language when the text gives no evidence', () => {
    expect(detect('Acme!!!', 'fi-FI')).toBe('fi');
    expect(detect('Acme Notes 2.0', 'sv')).toBe('sv');
    expect(detect('', 'ru')).toBe('ru');
    expect(detect('')).toBe('und');
  });
  it('lets clear evidence in the text override a wrong declaration', () => {
    expect(detect('Supporten på Acme svarar inte och appen kraschar hela tiden.', 'en')).toBe('sv');
  });
  it('primaryLang reads BCP 47 tags', () => {
    expect(primaryLang('en-GB')).toBe('en');
    expect(primaryLang('nb_NO')).toBe('no');
    expect(primaryLang(undefined)).toBe('');
  });
});
