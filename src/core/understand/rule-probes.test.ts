// Posts written for each general rule made from blind 3 (never taken from it): two or three that
// the rule should catch, in other wordings and languages, and one it must leave alone.
import { describe, expect, it } from 'vitest';
import type { Intent, Sentiment } from '../model';
import { read } from './evidence';
import { classifyIntent } from './intent';
import { classifySentiment } from './sentiment';

interface Probe {
  rule: string;
  lang: string;
  text: string;
  intent?: Intent;
  sentiment?: Sentiment;
  /** For a probe the rule must leave alone where the rest of the rules still miss: what it must not become. */
  notIntent?: Intent;
  /** A known miss of the learned intent model, which then sets the feeling: only the rule's own reading is checked (no polar word). */
  learnedMiss?: true;
}

const PROBES: Probe[] = [
  // A capitalised polar word beside another capital inside a sentence is part of a name.
  { rule: 'name', lang: 'sv', text: 'Skickade tillbaka skorna till Snabb Sport i går, pengarna kommer om två veckor', intent: 'other', sentiment: 'neutral' },
  // Since batch D the intent model reads this errand as praise ("my", a short post, shop names), and the feeling follows it.
  { rule: 'name', lang: 'en', text: 'Picked up my order from Happy Homes on Main Street this morning', intent: 'other', sentiment: 'neutral', learnedMiss: true },
  { rule: 'name', lang: 'fi', text: 'Haettiin sohva Hyvä Koti -myymälästä tänään', sentiment: 'neutral' },
  { rule: 'name', lang: 'ru', text: 'Забрал заказ в Отличный Магазин на Ленина', intent: 'other', sentiment: 'neutral' },
  { rule: 'name (must not)', lang: 'sv', text: 'Heja Foodora, maten kom varm och snabbt idag', intent: 'praise', sentiment: 'positive' },
  // Thanks for trouble, with praise after the trouble, is sarcasm; trouble that was mended is not.
  { rule: 'sarcastic thanks', lang: 'en', text: 'Thanks Acme Bank for locking my card on holiday. Brilliant service', intent: 'complaint', sentiment: 'negative' },
  { rule: 'sarcastic thanks', lang: 'ru', text: 'Спасибо МТС за то, что интернет пропал прямо во время экзамена. Отличная работа', intent: 'complaint', sentiment: 'negative' },
  { rule: 'sarcastic thanks', lang: 'fi', text: 'Kiitos Elisa kun netti katkesi kesken etäpalaverin. Loistavaa palvelua', intent: 'complaint', sentiment: 'negative' },
  { rule: 'sarcastic thanks (must not)', lang: 'en', text: 'Thanks Acme for fixing the crash so fast, great job', intent: 'praise', sentiment: 'positive' },
  { rule: 'sarcastic thanks (must not)', lang: 'sv', text: 'Tack Telia för att ni fixade felet så snabbt, toppen', intent: 'praise', sentiment: 'positive' },
  // Things that went wrong, in families: eaten data, a card locked, a connection cut, without warning.
  { rule: 'trouble families', lang: 'sv', text: 'Mitt konto spärrades utan förvarning mitt under en resa', intent: 'complaint', sentiment: 'negative' },
  { rule: 'trouble families', lang: 'en', text: 'The new sync ate my playlists and nobody at support can say why', intent: 'complaint', sentiment: 'negative' },
  { rule: 'trouble families (must not)', lang: 'sv', text: 'Barnen åt upp allt i matkassen, toppen!', intent: 'praise', sentiment: 'positive' },
  // Asking who switched and where to is choosing a supplier, not a how-to question.
  { rule: 'switching', lang: 'en', text: 'Anyone here switched from Globex to another bank? Who did you go with', intent: 'buying' },
  { rule: 'switching', lang: 'ru', text: 'Кто перешёл с Билайна к другому оператору, куда ушли?', intent: 'buying' },
  { rule: 'switching', lang: 'fi', text: 'Onko joku vaihtanut Elisasta muualle? Kannattiko', intent: 'buying' },
  { rule: 'switching', lang: 'sv', text: 'Har ni bytt elbolag i år? Vart bytte ni', intent: 'buying' },
  { rule: 'switching', lang: 'en', text: 'Paying £60 a month at Hooli Mobile, surely there is something cheaper out there', intent: 'buying' },
  { rule: 'switching (must not)', lang: 'sv', text: 'Jag har bytt lösenord men kommer ändå inte in, vad gör jag?', intent: 'question' },
  // Years of service without a repair is praise carried by events.
  { rule: 'durability', lang: 'ru', text: 'Холодильник Атлант с 2005 года, ни разу не ломался', intent: 'praise', sentiment: 'positive' },
  { rule: 'durability', lang: 'sv', text: 'Volvon har gått sedan 2004 och aldrig gått sönder', intent: 'praise', sentiment: 'positive' },
  { rule: 'durability', lang: 'en', text: 'My Acme kettle from 2012 is still going strong, never needed a repair', intent: 'praise', sentiment: 'positive' },
  { rule: 'durability (must not)', lang: 'en', text: 'My laptop still won\'t boot after the Acme update', intent: 'complaint', sentiment: 'negative' },
  { rule: 'durability (must not)', lang: 'sv', text: 'Appen funkar fortfarande inte efter uppdateringen', intent: 'complaint', sentiment: 'negative' },
  // Business news told in the third person, asking nothing and calling on no one, is news.
  { rule: 'news', lang: 'en', text: 'Globex shares fell 10% after the outage and the recall', intent: 'other', sentiment: 'neutral' },
  { rule: 'news', lang: 'ru', text: 'Глобекс оштрафовали на 10 млн за утечку данных клиентов, пишут СМИ', intent: 'other', sentiment: 'neutral' },
  { rule: 'news', lang: 'sv', text: 'Hoolis vd avgår efter skandalen med den stora läckan', intent: 'other' },
  { rule: 'news (must not)', lang: 'en', text: 'Acme leaked our data and their CEO resigned. We are suing them', intent: 'crisis', sentiment: 'negative' },
  { rule: 'news (must not)', lang: 'sv', text: 'Telias vd avgick men jag har fortfarande inget internet, tredje dagen', intent: 'complaint', sentiment: 'negative' },
  // Praise of what one has, then a turn to looking for something else: the search is the post.
  { rule: 'praise then seeking', lang: 'sv', text: 'Vi är supernöjda med Fortnox, men nu behöver vi ett lönesystem också. Tips?', intent: 'buying' },
  { rule: 'praise then seeking', lang: 'fi', text: 'Elisan liittymä on toiminut loistavasti, mut nyt pitäis löytää halvempi sähkösopimus. Vinkkejä?', intent: 'buying' },
  { rule: 'praise then seeking', lang: 'en', text: 'Love my Acme phone, but now need a tablet for the kids. Which one would you pick?', intent: 'buying' },
  { rule: 'praise then seeking (must not)', lang: 'en', text: 'The new Acme app looks great but now we need five taps to pay', notIntent: 'buying' },
  { rule: 'praise then seeking (must not)', lang: 'ru', text: 'Новое приложение Сбера красивое, но чтобы перевести деньги, теперь нужно пять нажатий вместо одного', intent: 'complaint' },
  // A post that opens on someone's need, asks nothing and names who to go to recommends them.
  { rule: 'conditional recommendation', lang: 'sv', text: 'Om ni söker tandläkare i Malmö: Tandis Syd, snälla och noggranna', intent: 'praise', sentiment: 'positive' },
  { rule: 'conditional recommendation', lang: 'ru', text: 'Если кому нужен электрик в Казани, Сергей из ЭлектроПро, приехал через час', intent: 'praise', sentiment: 'positive' },
  { rule: 'conditional recommendation', lang: 'fi', text: 'Jos tarvitset putkimiestä Oulussa, Putki-Pekka hoiti homman nopeasti', intent: 'praise', sentiment: 'positive' },
  { rule: 'conditional recommendation (must not)', lang: 'en', text: 'If you need to reset your Acme password, go to Settings and tap Security', intent: 'other', sentiment: 'neutral' },
  { rule: 'conditional recommendation (must not)', lang: 'sv', text: 'Om du behöver hjälp med Fortnox, ring deras support på vardagar', notIntent: 'praise' },
  // Trouble that someone mended is praise of them; a wish that every company worked so is too.
  { rule: 'mended', lang: 'en', text: 'The guy at Acme Repair replaced my cracked screen in twenty minutes', intent: 'praise', sentiment: 'positive' },
  { rule: 'mended', lang: 'sv', text: 'Verkstaden lagade min trasiga cykel samma dag', intent: 'praise', sentiment: 'positive' },
  { rule: 'mended', lang: 'ru', text: 'В сервисе Вектор починили сломанный замок за полчаса', intent: 'praise', sentiment: 'positive' },
  { rule: 'mended', lang: 'sv', text: 'Önskar att alla bolag skötte det som Hemköp, maten kom i tid', intent: 'praise', sentiment: 'positive' },
  { rule: 'mended (must not)', lang: 'en', text: 'The Acme update fixed nothing, the app still crashes', intent: 'complaint', sentiment: 'negative' },
  // Not finding something, with a where-question, asks where it is.
  { rule: "can't find + where", lang: 'en', text: "Since the update I can't find the export button in Acme Books. Where did it go", intent: 'question' },
  { rule: "can't find + where", lang: 'sv', text: 'Hittar inte kvittona i Swish längre, var hittar man dem nu', intent: 'question' },
  { rule: "can't find + where (must not)", lang: 'en', text: "Can't find my parcel anywhere and Acme says it was delivered. Useless", intent: 'complaint', sentiment: 'negative' },
  // Calls to raise a post, dig into a company, collect testimonies; a class action being gathered.
  { rule: 'public calls', lang: 'ru', text: 'Помогите поднять пост: Вектор Банк второй месяц не возвращает деньги пенсионерам. Пусть увидят', intent: 'crisis', sentiment: 'negative' },
  { rule: 'public calls', lang: 'sv', text: 'Journalister, gräv gärna i Hemförsäkra som nekar alla skador på äldres hus. Fler vittnesmål i tråden', intent: 'crisis', sentiment: 'negative' },
  { rule: 'public calls', lang: 'fi', text: 'Onko joku kokoamassa ryhmäkannetta Elisaa vastaan? Meillä sama ongelma', intent: 'crisis' },
  // Made from batch C (never taken from it). A poll puts a question to the crowd for the fun of it.
  { rule: 'poll', lang: 'en', text: 'Poll: pineapple on pizza, yes or no?', intent: 'other', sentiment: 'neutral' },
  { rule: 'poll', lang: 'ru', text: 'Опрос: кто как добирается на работу, метро или машина?', intent: 'other' },
  { rule: 'poll', lang: 'fi', text: 'Kysely: juotteko aamulla kahvia vai teetä?', intent: 'other' },
  { rule: 'poll', lang: 'sv', text: 'Omröstning: semester i juli eller augusti?', intent: 'other' },
  { rule: 'poll (must not)', lang: 'en', text: 'How do I add a poll to a post in the Acme app?', intent: 'question' },
  // A watchdog's handle with its country: @WhichUK, @Konsumentverket_SE.
  { rule: 'watchdog handle', lang: 'en', text: '@WhichUK Acme Energy has been overcharging pensioners all winter and nobody answers them', intent: 'crisis' },
  { rule: 'watchdog handle (must not)', lang: 'en', text: '@WhichUK which kettle under £50 lasts longest?', notIntent: 'crisis' },
  // Made from batch E (never taken from it). A post that labels itself a view offers it to talk over.
  { rule: 'opinion', lang: 'en', text: 'Hot take: most airline apps are worse than the websites they replaced, and nobody at the airlines seems to mind.', intent: 'other' },
  { rule: 'opinion', lang: 'ru', text: 'Мнение: доставка за 15 минут убивает маленькие магазины у дома, и это никого не волнует.', intent: 'other' },
  { rule: 'opinion', lang: 'fi', text: 'Mielipide: kaupan itsepalvelukassat on huonompia kuin vanhat kassat, eikä kukaan uskalla sanoa sitä.', intent: 'other' },
  { rule: 'opinion', lang: 'sv', text: 'Åsikt: bankernas appar har blivit sämre för varje uppdatering och ingen verkar bry sig.', intent: 'other' },
  { rule: 'opinion (must not)', lang: 'en', text: 'My opinion: Acme support is a scam, boycott them, everyone share this', intent: 'crisis' },
  // A call to leave a company or stop buying from it is a boycott, angry words or not.
  { rule: 'boycott call', lang: 'ru', text: 'Кто ещё сидит на Глобекс Мобайл, уходите, пока не поздно. Мы всей семьёй ушли.', intent: 'crisis', sentiment: 'negative' },
  { rule: 'boycott call', lang: 'fi', text: 'Älkää tilatko Globexilta mitään ennen kuin ne maksaa palautukset takaisin.', intent: 'crisis', sentiment: 'negative' },
  { rule: 'boycott call', lang: 'fi', text: 'Vaihtakaa operaattoria jos olette Acmella, meillä meni koko perhe muualle.', intent: 'crisis' },
  { rule: 'boycott call', lang: 'sv', text: 'Säg upp era abonnemang hos Acme Bredband, de höjer priset igen i tysthet.', intent: 'crisis', sentiment: 'negative' },
  { rule: 'boycott call', lang: 'sv', text: 'Bojkotta Globex tills de betalar ut lönerna till sina chaufförer.', intent: 'crisis' },
  { rule: 'boycott call (must not)', lang: 'ru', text: 'Не волнуйтесь, курьер задерживается на полчаса, всё приедет.', notIntent: 'crisis' },
  { rule: 'boycott call (must not)', lang: 'fi', text: 'Vaihtakaa talvirenkaat ajoissa, huomenna sataa lunta koko Uudellamaalla.', notIntent: 'crisis' },
  { rule: 'boycott call (must not)', lang: 'fi', text: 'Ei tilata enää pizzaa tänään, syötiin jo.', notIntent: 'crisis' },
  { rule: 'boycott call (must not)', lang: 'ru', text: 'Подскажите, как отписаться от рассылки Акме?', intent: 'question' },
  { rule: 'opinion (must not)', lang: 'sv', text: 'Min åsikt om Telia efter tre veckor utan fiber: aldrig mer. Byt operatör, allihop, sprid detta', intent: 'crisis' },
];

describe('probes for the rules made from blind 3 and later batches', () => {
  it.each(PROBES.map((p) => [p.rule, p.lang, p.text, p] as const))('%s (%s): %s', (_rule, lang, text, p) => {
    if (p.intent) expect(classifyIntent(text, lang, null).label).toBe(p.intent);
    if (p.notIntent) expect(classifyIntent(text, lang, null).label).not.toBe(p.notIntent);
    if (p.sentiment && p.learnedMiss) expect(read(text, lang).positive - read(text, lang).negative).toBe(0);
    else if (p.sentiment) expect(classifySentiment(text, lang).label).toBe(p.sentiment);
  });
});
