import { describe, expect, it } from 'vitest';
import type { Template } from '../playbook';
import { BUNDLED_TEMPLATES, TEMPLATE_FAMILIES } from './bundled-templates';
import { checkDraft } from './check-draft';
import { chooseTemplates, fillTemplate, missingVariables } from './templates';
import { LABELLED_PERSONA } from './labelled-drafts';

type Family = (typeof TEMPLATE_FAMILIES)[number];
interface Case {
  post: string;
  author: string;
  topic: string;
  need: string;
}

// A fitting post and realistic values for every family in every language.
const CASES: Record<string, Record<Family, Case>> = {
  en: {
    'answer-first': { post: 'How do I export my notes to PDF?', author: 'Anna', topic: 'exporting notes to PDF', need: 'open the note, then File → Export → PDF' },
    'share-experience': { post: 'Any way to keep recipes organised across phone and laptop?', author: 'Tom', topic: 'keeping recipes in sync', need: 'one folder per cuisine and a shared tag for weeknight dishes' },
    'acknowledge-fix': { post: 'The app keeps logging me out every hour. Annoying!', author: 'Lena', topic: 'being logged out every hour', need: 'sign out once on all devices, then sign back in to renew the session' },
    'thank-add': { post: 'The new search is so fast, found my old lecture notes in seconds.', author: 'Priya', topic: 'the new search', need: 'put quotes around a phrase to find your lecture notes by exact wording' },
    connect: { post: 'Can I get an invoice with our VAT number for last month?', author: 'Mark', topic: 'invoices with a VAT number', need: '' },
    'step-back': { post: 'My charger caught fire last night. I could have lost my home.', author: 'Jess', topic: 'the charger that caught fire', need: '' },
  },
  ru: {
    'answer-first': { post: 'Как экспортировать заметки в PDF?', author: 'Анна', topic: 'экспорт заметок в PDF', need: 'откройте заметку, затем «Файл» → «Экспорт» → PDF' },
    'share-experience': { post: 'Как удобно хранить рецепты, чтобы были и на телефоне, и на ноутбуке?', author: 'Олег', topic: 'рецепты на телефоне и ноутбуке', need: 'отдельная папка на каждую кухню и общий тег для будничных рецептов' },
    'acknowledge-fix': { post: 'Приложение каждый час выкидывает из аккаунта. Бесит!', author: 'Лена', topic: 'выход из аккаунта каждый час', need: 'выйдите из аккаунта на всех устройствах и войдите заново, сессия обновится' },
    'thank-add': { post: 'Новый поиск просто летает, нашла старые конспекты лекций за секунды.', author: 'Вера', topic: 'новый поиск', need: 'возьмите фразу в кавычки, и конспекты лекций найдутся по точной формулировке' },
    connect: { post: 'Можно получить счёт с нашим ИНН за прошлый месяц?', author: 'Марк', topic: 'счёт с ИНН', need: '' },
    'step-back': { post: 'Ночью у меня загорелась зарядка. Мог сгореть весь дом.', author: 'Ирина', topic: 'загоревшуюся зарядку', need: '' },
  },
  fi: {
    'answer-first': { post: 'Miten saan muistiinpanot vietyä PDF:ksi?', author: 'Anna', topic: 'muistiinpanojen vienti PDF:ksi', need: 'avaa muistiinpano ja valitse Tiedosto → Vie → PDF' },
    'share-experience': { post: 'Miten reseptit pysyisivät tallessa sekä puhelimessa että läppärillä?', author: 'Timo', topic: 'reseptit puhelimessa ja läppärillä', need: 'oma kansio jokaiselle keittiölle ja yhteinen tunniste arkiruoille' },
    'acknowledge-fix': { post: 'Sovellus kirjaa minut ulos joka tunti. Ärsyttävää!', author: 'Liisa', topic: 'uloskirjautuminen joka tunti', need: 'kirjaudu kerran ulos kaikilta laitteilta ja sitten takaisin, niin istunto uusiutuu' },
    'thank-add': { post: 'Uusi haku on tosi nopea, löysin vanhat luentomuistiinpanot sekunneissa.', author: 'Aino', topic: 'uusi haku', need: 'laita hakusanat lainausmerkkeihin, niin luentomuistiinpanot löytyvät tarkalla sanamuodolla' },
    connect: { post: 'Saako viime kuun laskun Y-tunnuksella?', author: 'Mikko', topic: 'laskut Y-tunnuksella', need: '' },
    'step-back': { post: 'Laturini syttyi yöllä tuleen. Koko koti olisi voinut palaa.', author: 'Jenni', topic: 'tuleen syttynyt laturi', need: '' },
  },
  sv: {
    'answer-first': { post: 'Hur exporterar jag mina anteckningar till PDF?', author: 'Anna', topic: 'export av anteckningar till PDF', need: 'öppna anteckningen och välj Arkiv → Exportera → PDF' },
    'share-experience': { post: 'Hur håller man ordning på recept både i mobilen och på datorn?', author: 'Johan', topic: 'recept i mobilen och på datorn', need: 'en mapp per kök och en gemensam tagg för vardagsrätter' },
    'acknowledge-fix': { post: 'Appen loggar ut mig varje timme. Så irriterande!', author: 'Lena', topic: 'att bli utloggad varje timme', need: 'logga ut på alla enheter en gång och logga sedan in igen, så förnyas sessionen' },
    'thank-add': { post: 'Nya sökningen är supersnabb, hittade mina gamla föreläsningsanteckningar på några sekunder.', author: 'Sara', topic: 'nya sökningen', need: 'sätt citattecken runt en fras så hittar du föreläsningsanteckningarna på exakt formulering' },
    connect: { post: 'Kan jag få förra månadens faktura med vårt organisationsnummer?', author: 'Erik', topic: 'fakturor med organisationsnummer', need: '' },
    'step-back': { post: 'Min laddare fattade eld i natt. Hela huset kunde ha brunnit.', author: 'Karin', topic: 'laddaren som fattade eld', need: '' },
  },
};

describe('bundled templates', () => {
  it('cover every family in all four languages', () => {
    for (const lang of ['en', 'ru', 'fi', 'sv']) {
      for (const family of TEMPLATE_FAMILIES) expect(BUNDLED_TEMPLATES.some((t) => t.id === `${lang}-${family}`), `${lang}-${family}`).toBe(true);
    }
  });

  for (const template of BUNDLED_TEMPLATES) {
    it(`${template.id} passes the checker cleanly once filled`, () => {
      const family = template.id.slice(3) as Family;
      const c = CASES[template.lang]![family];
      const draft = fillTemplate(template.text, { author: c.author, topic: c.topic, need: c.need, disclosure: LABELLED_PERSONA.disclosure, name: 'Sam' });
      expect(missingVariables(draft)).toEqual([]);
      const result = checkDraft({ draft, platform: 'x', post: { text: c.post, lang: template.lang }, persona: LABELLED_PERSONA });
      expect(result.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.score).toBe(100);
    });
  }
});

describe('choosing and filling templates', () => {
  const own: Template = { id: 'our-answer', intent: ['question'], lang: 'fi', title: 'Oma', text: '{author}, {need}' };

  it('puts playbook templates before bundled ones and keeps to the language and intent', () => {
    const chosen = chooseTemplates('question', 'fi-FI', [own]);
    expect(chosen[0]?.id).toBe('our-answer');
    expect(chosen.map((t) => t.id)).toContain('fi-answer-first');
    expect(chosen.every((t) => t.lang === 'fi' && t.intent.includes('question'))).toBe(true);
    expect(chooseTemplates('praise', 'sv').map((t) => t.id)).toEqual(['sv-thank-add']);
  });

  it('leaves a visible placeholder for a missing value, never "undefined", and the checker flags it', () => {
    const text = fillTemplate('{author}, the short answer on {topic}: open Settings.', { author: 'Anna' });
    expect(text).toBe('{author}'.replace('{author}', 'Anna') + ', the short answer on {topic}: open Settings.');
    expect(text).not.toContain('undefined');
    const result = checkDraft({ draft: text, platform: 'x' });
    expect(result.findings.some((f) => f.rule === 'not-personal' && text.slice(f.start, f.end) === '{topic}')).toBe(true);
  });

  it('drops a deliberately empty disclosure without leaving a gap', () => {
    expect(fillTemplate('Thanks, {author}! {disclosure}', { author: 'Ana', disclosure: '' })).toBe('Thanks, Ana!');
  });
});
