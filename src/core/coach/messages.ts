// What the checker tells the user, in their language: why it matters, then what to do.
import type { CoachLang } from './text';

export const RULE_IDS = [
  'hard-sell',
  'missing-disclosure',
  'too-long',
  'shouting',
  'ignores-question',
  'not-personal',
  'defensive',
  'link-first',
  'self-focused',
  'sensitive-topic',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Extra situations with their own wording, reported under one of the ten rules. */
export type MessageKey = RuleId | 'empty' | 'placeholder' | 'too-long-analysed';

export interface MessageParams {
  count?: number;
  limit?: number;
  cue?: string;
}

type Wording = Record<CoachLang, (p: MessageParams) => string>;

export const MESSAGES: Record<MessageKey, Wording> = {
  'hard-sell': {
    en: (p) => `"${p.cue}" pushes a sale the person did not ask for. A good guest helps first and expects nothing back; offers and demos can wait until they ask.`,
    ru: (p) => `«${p.cue}» — это навязывание покупки, о которой человек не просил. Сначала помогите, ничего не ожидая взамен; о предложениях и демо — только если спросят.`,
    fi: (p) => `”${p.cue}” tyrkyttää ostamista, jota kukaan ei pyytänyt. Hyvä vieras auttaa ensin eikä odota mitään takaisin; tarjoukset ja demot vasta, jos niitä kysytään.`,
    sv: (p) => `”${p.cue}” pushar ett köp som personen inte bad om. En bra gäst hjälper först utan att vänta sig något tillbaka; erbjudanden och demo kan vänta tills de frågar.`,
  },
  'missing-disclosure': {
    en: () => `You speak well of your own organisation without saying you work there. Readers deserve to know the tie; one honest line such as "I work at …" keeps their trust.`,
    ru: () => `Вы хвалите или советуете свою компанию, не сказав, что работаете в ней. Читатели вправе знать о связи: одна честная фраза вроде «я работаю в …» сохраняет доверие.`,
    fi: () => `Kehut tai suosittelet omaa organisaatiotasi kertomatta, että olet siellä töissä. Lukijoilla on oikeus tietää sidonnaisuus; yksi rehellinen lause, kuten ”olen töissä …”, säilyttää luottamuksen.`,
    sv: () => `Du talar väl om din egen organisation utan att säga att du jobbar där. Läsarna har rätt att känna till kopplingen; en ärlig rad som ”jag jobbar på …” behåller deras förtroende.`,
  },
  'too-long': {
    en: (p) => `${p.count} characters, the limit here is ${p.limit}. The site will cut or refuse it; keep the one thing the person needs.`,
    ru: (p) => `${p.count} знаков при лимите ${p.limit}. Сайт обрежет или не примет текст; оставьте главное, что нужно человеку.`,
    fi: (p) => `${p.count} merkkiä, kun raja on ${p.limit}. Sivusto katkaisee tai hylkää viestin; jätä se yksi asia, jota ihminen tarvitsee.`,
    sv: (p) => `${p.count} tecken, gränsen här är ${p.limit}. Sajten kapar eller vägrar texten; behåll det enda personen behöver.`,
  },
  'too-long-analysed': {
    en: (p) => `${p.count} characters is far more than a reply; only the first ${p.limit} were read for the other checks. Trim it to what the person needs.`,
    ru: (p) => `${p.count} знаков — это намного больше ответа; для остальных проверок прочитаны только первые ${p.limit}. Сократите до того, что нужно человеку.`,
    fi: (p) => `${p.count} merkkiä on paljon enemmän kuin vastaus; muihin tarkistuksiin luettiin vain ensimmäiset ${p.limit}. Karsi se siihen, mitä ihminen tarvitsee.`,
    sv: (p) => `${p.count} tecken är långt mer än ett svar; bara de första ${p.limit} lästes för de andra kontrollerna. Korta ner till det personen behöver.`,
  },
  shouting: {
    en: () => `Capitals and runs of !!! read as shouting. Calm words carry further and invite a real conversation.`,
    ru: () => `Заглавные буквы и череда «!!!» читаются как крик. Спокойный тон убеждает лучше и приглашает к разговору.`,
    fi: () => `Isot kirjaimet ja huutomerkkijonot luetaan huutamiseksi. Rauhallinen sävy kantaa pidemmälle ja kutsuu keskusteluun.`,
    sv: () => `Versaler och rader av !!! läses som skrik. Lugna ord når längre och bjuder in till ett riktigt samtal.`,
  },
  'ignores-question': {
    en: () => `The post asks something and the draft does not answer it. Answering the question is the minimum; put the answer first.`,
    ru: () => `В посте есть вопрос, а черновик на него не отвечает. Ответ на вопрос — это минимум; начните с него.`,
    fi: () => `Viestissä kysytään jotain, eikä luonnos vastaa siihen. Kysymykseen vastaaminen on vähimmäisvaatimus; aloita vastauksella.`,
    sv: () => `Inlägget frågar något och utkastet svarar inte på det. Att svara på frågan är det minsta; börja med svaret.`,
  },
  'not-personal': {
    en: () => `This could go under any post: nothing in it comes from what the person said. People answer being heard, not being messaged; pick up their words.`,
    ru: () => `Это можно оставить под любым постом: в тексте нет ничего из того, что сказал человек. Люди откликаются, когда их слышат; опирайтесь на их слова.`,
    fi: () => `Tämän voisi laittaa minkä tahansa viestin alle: siinä ei ole mitään siitä, mitä ihminen sanoi. Ihmiset vastaavat, kun heitä kuunnellaan; tartu heidän sanoihinsa.`,
    sv: () => `Det här kunde stå under vilket inlägg som helst: inget i det kommer från vad personen sa. Folk svarar när de blir hörda; ta fasta på deras ord.`,
  },
  empty: {
    en: () => `The draft is empty. Start from what the person said; "no reply needed" is also a good outcome.`,
    ru: () => `Черновик пуст. Начните с того, что сказал человек; «ответ не нужен» — тоже хороший исход.`,
    fi: () => `Luonnos on tyhjä. Aloita siitä, mitä ihminen sanoi; ”ei vastausta” on myös hyvä lopputulos.`,
    sv: () => `Utkastet är tomt. Börja med vad personen sa; ”inget svar behövs” är också ett bra utfall.`,
  },
  placeholder: {
    en: (p) => `${p.cue} is still a placeholder. Fill it with something from the post, or the reader sees a template.`,
    ru: (p) => `${p.cue} — всё ещё заготовка. Заполните её тем, что есть в посте, иначе читатель увидит шаблон.`,
    fi: (p) => `${p.cue} on yhä paikkamerkki. Täytä se viestin sisällöllä, muuten lukija näkee pohjan.`,
    sv: (p) => `${p.cue} är fortfarande en platshållare. Fyll den med något från inlägget, annars ser läsaren en mall.`,
  },
  defensive: {
    en: (p) => `"${p.cue}" argues with or blames the person. Someone upset needs to feel heard first; acknowledge, then fix or explain.`,
    ru: (p) => `«${p.cue}» — это спор или обвинение. Расстроенному человеку сначала нужно почувствовать, что его услышали; признайте проблему, потом решайте или объясняйте.`,
    fi: (p) => `”${p.cue}” väittää vastaan tai syyllistää. Harmistuneen ihmisen pitää ensin tuntea tulleensa kuulluksi; tunnusta ongelma, korjaa tai selitä vasta sitten.`,
    sv: (p) => `”${p.cue}” argumenterar emot eller skuldbelägger. Den som är upprörd behöver först känna sig hörd; bekräfta, rätta eller förklara sedan.`,
  },
  'link-first': {
    en: () => `The link comes before any help in words. Earn attention by answering in the reply itself; a link can follow as a source.`,
    ru: () => `Ссылка идёт раньше, чем помощь словами. Заслужите внимание ответом в самом комментарии; ссылка может быть источником в конце.`,
    fi: () => `Linkki tulee ennen kuin vastauksessa autetaan sanoin. Ansaitse huomio vastaamalla itse viestissä; linkin voi lisätä lähteeksi perään.`,
    sv: () => `Länken kommer före någon hjälp i ord. Förtjäna uppmärksamheten genom att svara i själva inlägget; en länk kan följa som källa.`,
  },
  'self-focused': {
    en: () => `The draft talks about us far more than about the person and what they need. Turn it around: their problem first, your part only where it helps.`,
    ru: () => `В черновике гораздо больше о нас, чем о человеке и его задаче. Переверните: сначала его проблема, о себе — только там, где это помогает.`,
    fi: () => `Luonnos puhuu meistä paljon enemmän kuin ihmisestä ja hänen tarpeestaan. Käännä painotus: ensin hänen ongelmansa, omasta osuudesta vain sen verran kuin auttaa.`,
    sv: () => `Utkastet handlar mycket mer om oss än om personen och vad hen behöver. Vänd på det: deras problem först, er del bara där den hjälper.`,
  },
  'sensitive-topic': {
    en: (p) => `This touches a crisis, safety or legal matter ("${p.cue}"). Slow down: no offers or links, show care, and bring in the people who own it before replying.`,
    ru: (p) => `Тема касается кризиса, безопасности или права («${p.cue}»). Не спешите: никаких предложений и ссылок, проявите участие и подключите ответственных до ответа.`,
    fi: (p) => `Aihe koskee kriisiä, turvallisuutta tai juridiikkaa (”${p.cue}”). Hidasta: ei tarjouksia eikä linkkejä, osoita välittämistä ja ota asiasta vastaavat mukaan ennen vastaamista.`,
    sv: (p) => `Det här rör en kris, säkerhet eller juridik (”${p.cue}”). Sakta ner: inga erbjudanden eller länkar, visa omtanke och ta in dem som äger frågan innan du svarar.`,
  },
};

/** One short imperative per rule for the "what would improve it most" list. */
export const IMPROVEMENTS: Record<MessageKey, Record<CoachLang, string>> = {
  'hard-sell': { en: 'Drop the offer and give something useful instead.', ru: 'Уберите предложение и дайте что-то полезное.', fi: 'Jätä tarjous pois ja anna tilalle jotain hyödyllistä.', sv: 'Stryk erbjudandet och ge något användbart i stället.' },
  'missing-disclosure': { en: 'Say that you work there.', ru: 'Скажите, что вы там работаете.', fi: 'Kerro, että olet siellä töissä.', sv: 'Säg att du jobbar där.' },
  'too-long': { en: 'Cut it to fit the limit.', ru: 'Сократите до лимита.', fi: 'Lyhennä rajan sisään.', sv: 'Korta ner till gränsen.' },
  'too-long-analysed': { en: 'Cut it to a reply, not an essay.', ru: 'Сократите до ответа, а не статьи.', fi: 'Lyhennä vastaukseksi, ei esseeksi.', sv: 'Korta ner till ett svar, inte en uppsats.' },
  shouting: { en: 'Write in calm sentence case.', ru: 'Пишите спокойно, без капса и «!!!».', fi: 'Kirjoita rauhallisesti ilman isoja kirjaimia.', sv: 'Skriv lugnt, utan versaler och !!!.' },
  'ignores-question': { en: 'Answer their question in the first sentence.', ru: 'Ответьте на вопрос в первом же предложении.', fi: 'Vastaa kysymykseen heti ensimmäisessä lauseessa.', sv: 'Svara på frågan i första meningen.' },
  'not-personal': { en: 'Refer to what they actually said.', ru: 'Сошлитесь на то, что человек написал.', fi: 'Viittaa siihen, mitä ihminen oikeasti kirjoitti.', sv: 'Knyt an till vad personen faktiskt skrev.' },
  empty: { en: 'Write a reply, or mark "no reply needed".', ru: 'Напишите ответ или отметьте «ответ не нужен».', fi: 'Kirjoita vastaus tai merkitse ”ei vastausta”.', sv: 'Skriv ett svar eller markera ”inget svar behövs”.' },
  placeholder: { en: 'Fill in the placeholders.', ru: 'Заполните заготовки.', fi: 'Täytä paikkamerkit.', sv: 'Fyll i platshållarna.' },
  defensive: { en: 'Acknowledge their frustration instead of arguing.', ru: 'Признайте недовольство вместо спора.', fi: 'Tunnusta harmi väittelemisen sijaan.', sv: 'Bekräfta frustrationen i stället för att argumentera.' },
  'link-first': { en: 'Put the help in words first, the link after.', ru: 'Сначала помощь словами, ссылка потом.', fi: 'Ensin apu sanoin, linkki perään.', sv: 'Hjälp i ord först, länken efter.' },
  'self-focused': { en: 'Talk about their need more than about us.', ru: 'Больше о задаче человека, меньше о нас.', fi: 'Puhu enemmän hänen tarpeestaan kuin meistä.', sv: 'Prata mer om deras behov än om oss.' },
  'sensitive-topic': { en: 'Slow down and bring in the right people.', ru: 'Не спешите и подключите ответственных.', fi: 'Hidasta ja ota oikeat ihmiset mukaan.', sv: 'Sakta ner och ta in rätt personer.' },
};

export function message(key: MessageKey, lang: CoachLang, params: MessageParams = {}): string {
  return MESSAGES[key][lang](params);
}
