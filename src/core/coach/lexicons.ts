// Cue phrases per rule and language, from the "words that signal" list in the listening
// principles plus everyday variants. See cue-matcher.ts for the phrase syntax.
import type { Lexicon } from './cue-matcher';

/** Pushes that are wrong even when the person wants to buy: urgency, codes, "DM me". */
export const PUSHY_SELL: Lexicon = {
  en: [
    'buy now', 'buy it now', 'order now', 'order today', 'act now', 'limited time', 'limited offer', 'limited-time',
    "don't miss", 'dont miss', 'do not miss', 'hurry', 'last chance', 'while stocks last', 'today only', 'only today',
    'exclusive offer', 'special offer', 'best price', 'sign up now', 'sign up today', 'use code', 'use my code', 'promo code*', 'coupon*',
    'discount code*', 'link in bio', 'click the link', 'grab yours', 'grab it', 'what are you waiting for', 'dm me', 'pm me',
    'message me for', 'book a demo', 'book your demo', 'schedule a demo', 'request a demo', 'book a call', 'hop on a call',
  ],
  ru: [
    'только сегодня', 'успейте', 'успей', 'спешите', 'не упустите', 'не пропустите', 'лучшая цена', 'лучшую цену', 'спецпредложени*',
    'промокод*', 'купон*', 'переходите по ссылке', 'жмите на ссылку', 'ограниченное время', 'пишите в личку', 'пишите в лс',
    'напишите в личку', 'напишите мне в личку', 'в личные сообщения', 'запишитесь на демо', 'запишитесь на презентацию', 'закажите демо*',
  ],
  fi: [
    'vain tänään', 'rajoitettu aika', 'rajoitetun ajan', 'älä missaa', 'paras hinta', 'alekoodi*', 'alennuskoodi*', 'kampanjakoodi*',
    'klikkaa linkkiä', 'toimi heti', 'nappaa omasi', 'laita yv', 'laita yksityisviesti*', 'laita viestiä', 'laita dm', 'varaa demo', 'varaa esittely',
    'tilaa nyt', 'osta nyt', 'osta heti',
  ],
  sv: [
    'köp nu', 'bara idag', 'endast idag', 'begränsad tid', 'missa inte', 'passa på', 'bästa priset', 'rabattkod*', 'klicka på länken',
    'skriv i dm', 'skicka dm', 'skicka ett dm', 'skriv till mig privat', 'boka demo', 'boka en demo', 'beställ nu', 'beställ idag',
  ],
};

/** Ordinary sales pushes: wrong unless the person asked to buy. */
export const SALES_PUSH: Lexicon = {
  en: [
    'discount*', 'free trial', 'trial period', 'sign up', 'signup', 'subscribe', 'demo', 'check out our', 'upgrade to', 'upgrade your plan',
    'premium plan', 'pro plan', 'buy', 'purchase', 'order yours', 'get yours', 'pricing page', 'deal', 'on sale', '% off', 'percent off',
    'first month free', 'get started today', 'start your trial',
  ],
  ru: [
    'купите', 'купи', 'покупайте', 'закажите', 'оформите заказ', 'оформите подписку', 'скидк*', 'акция', 'акции', 'акцию', 'по акции',
    'бесплатный пробный', 'пробный период', 'пробную версию', 'подпишитесь', 'зарегистрируйтесь', 'демо', 'демонстраци*', 'переходите на',
    'премиум*', 'тариф про',
  ],
  fi: [
    'osta', 'ostakaa', 'tilaa omasi', 'tee tilaus', 'tarjou*', 'alennu*', '!ale', 'alessa', 'ilmainen kokeilu', 'ilmaisen kokeilu*', 'kokeilujakso*',
    'demo*', 'esittely*', 'rekisteröidy', 'rekisteröityä', 'premium*', 'päivitä maksulliseen', 'maksulliseen versioon',
  ],
  sv: [
    'köp', 'köpa', 'beställ', 'rabatt*', '!rea', '!rean', 'erbjudande*', 'kampanj*', 'gratis provperiod', 'provperiod*', 'demo', 'demon', 'registrera dig',
    'prenumerera', 'uppgradera', 'premium*',
  ],
};

/** The person asks to buy: price, how to order, where to get it. */
export const BUYING_ASK: Lexicon = {
  en: [
    'how much', 'price*', 'pricing', 'cost', 'costs', 'where can i buy', 'where to buy', 'how do i buy', 'how do i order', 'buy', 'purchase',
    'discount*', 'coupon*', 'promo code', 'free trial', 'trial', 'demo', 'quote', 'subscription', 'upgrade', 'sign up', 'plan',
  ],
  ru: ['сколько стоит', 'стоимость', 'цен*', 'где купить', 'как купить', 'купить', 'заказать', 'скидк*', 'промокод*', 'пробн*', 'демо', 'подписк*', 'тариф*'],
  fi: ['paljonko', 'mitä maksaa', 'hinta', 'hinnat', 'hinnoittelu*', 'mistä voi ostaa', 'ostaa', 'tilata', 'alennu*', 'kokeilu*', 'demo*', 'tilaus*', 'lisenssi*'],
  sv: ['vad kostar', 'kostar', 'pris*', 'var köper', 'köpa', 'beställa', 'rabatt*', 'provperiod*', 'demo', 'prenumeration*', 'licens*'],
};

/** A clear disclosure of a tie to the organisation. {org} forms are added at run time. */
export const DISCLOSURE: Lexicon = {
  en: [
    'i work at', 'i work for', 'i work on', 'i work with the', "i'm on the", 'i am on the', 'full disclosure', 'disclosure:', 'disclaimer:',
    "i'm affiliated", 'i am affiliated', 'affiliated with', 'employee of', 'employed by', 'on behalf of', 'sponsored', 'paid partnership',
    '#ad', 'gifted', 'affiliate link', 'founder of', 'co-founder', 'cofounder', 'i founded', 'our team', "i'm biased", 'i am biased',
    'bias alert', 'i help build', 'i help make', 'i built', "i'm part of the", 'i am part of the', 'i lead the', 'i run the',
  ],
  ru: [
    'я работаю в', 'я работаю на', 'работаю в компании', 'я сотрудник', 'я сотрудница', 'сотрудник компании', 'представитель*', 'представляю компанию',
    'на правах рекламы', 'партнёрская ссылка', 'партнерская ссылка', 'спонсор*', 'по заказу', 'наша команда', 'нашей команд*', 'основатель', 'основательница',
    'я из команды', 'из команды', 'раскрою карты', 'оговорюсь', 'я лицо заинтересованное', 'я заинтересованное лицо', 'я предвзят*', 'я в команде',
  ],
  fi: [
    'työskentelen', 'olen töissä', 'olen itse töissä', 'olen töissä', 'teen töitä', 'edustan', 'kaupallinen yhteistyö', 'kaupallisessa yhteistyössä',
    'sponsoroitu', 'affiliate-linkki', 'saatu lahjaksi', 'perustaja', 'perustajana', 'sidonnaisuus', 'sidonnaisuutena', 'sidonnaisuudet', 'olen jäävi',
    'jäävi', 'meidän tiimi*', 'tiimistämme', 'olen mukana kehittämässä', 'olen puolueellinen', 'tiimissä', 'avoimuuden nimissä',
  ],
  sv: [
    'jag jobbar på', 'jag jobbar för', 'jag jobbar med', 'jag arbetar på', 'jag arbetar för', 'jag arbetar med', 'jobbar på', 'anställd på', 'anställd vid',
    'anställd hos', 'i samarbete med', 'sponsrad', 'sponsrat', 'affiliatelänk', 'fått produkten', 'grundare', 'grundade', 'vårt team', 'jävig',
    'jag representerar', 'partisk', 'för att vara transparent', 'för transparensens skull',
  ],
};

/** Disclosure forms built around the organisation's name; "{org}" is replaced (inflected endings allowed). */
export const DISCLOSURE_WITH_ORG = [
  'here at {org}', 'we at {org}', 'we are {org}', "we're {org}", 'from {org}', 'from the {org}', 'at {org} here', '{org} team', "{org}'s team",
  '{org} support', 'team at {org}', 'на стороне {org}', 'мы в {org}', 'я из {org}', 'команда {org}', 'команды {org}', 'команде {org}',
  'сотрудник {org}', '{org}-tiimi*', '{org} tiimi*', 'olen {org}', '{org}-tuki', 'vi på {org}', 'här på {org}', 'från {org}', 'jag är från {org}',
  '{org}-teamet', '{org} teamet',
];

/** Praise or recommendation: with the organisation named and no disclosure, it reads as a fan talking. */
export const PRAISE_OR_RECOMMEND: Lexicon = {
  en: [
    'recommend*', 'suggest*', 'try', 'give it a try', 'check out', 'best', 'great', 'love', 'awesome', 'excellent', 'amazing', 'perfect',
    'fantastic', 'brilliant', 'better', 'faster', 'easier', 'cheaper', 'superior', 'go with', 'switch to', 'switching to', 'use', 'using',
    'ideal', 'solid', 'reliable', 'worth it', 'you need', 'what you need', 'you should get', 'fits', 'handles', 'nails', 'beats', 'the way to go', 'game changer', 'favourite', 'favorite',
  ],
  ru: [
    'рекоменд*', 'советую', 'посоветую', 'попробуйте', 'попробуй', 'лучш*', 'отличн*', 'классн*', 'прекрасн*', 'удобн*', 'быстрее', 'проще',
    'дешевле', 'надёжн*', 'стоит попробовать', 'переходите на', 'используйте', 'пользуюсь', 'пользуйтесь', 'выручает', 'идеальн*', 'круто', 'крут*', 'вам нужен', 'вам нужна', 'вам нужно', 'тебе нужен',
  ],
  fi: [
    'suosittel*', 'suosittelen', 'kokeile*', 'paras*', 'parempi', 'parhai*', 'loistava*', 'erinomai*', 'kätevä*', 'helppo*', 'nopeampi', 'halvempi',
    'luotettava*', 'kannattaa', 'käytä', 'käyttäkää', 'toimii hyvin', 'toimii loistavasti', 'huippu*', 'mahtava*', 'ihana*', 'tarvitset', 'tarvitsette',
  ],
  sv: [
    'rekommender*', 'tipsa*', 'testa', 'prova', 'bäst*', 'bättre', 'grym*', 'utmärkt*', 'perfekt*', 'smidig*', 'enklare', 'snabbare', 'billigare',
    'pålitlig*', 'värt', 'använd', 'byt till', 'suverän*', 'fantastisk*', 'älskar', 'klockren*', 'du behöver', 'ni behöver',
  ],
};

/** Blaming, arguing with or dismissing the person: wrong with anyone, worse with an upset person. */
export const BLAME: Lexicon = {
  en: [
    'you should have', "you should've", 'you must have', 'you obviously', 'you clearly', "you didn't read", 'you did not read', 'user error',
    "you're wrong", 'you are wrong', "that's not true", 'that is not true', "that's simply not true", 'not our fault', 'not our problem',
    "isn't our fault", 'is not our fault', 'works for everyone else', 'works fine for everyone', 'nobody else has', 'no one else has',
    'no one else is', 'read the faq', 'read the manual', 'read the docs', 'rtfm', 'calm down', 'if you had', 'if you had bothered',
    'with all due respect', 'as we already said', 'as already stated', 'as clearly stated', 'we have already explained', 'your own fault',
    "it's on you", 'learn to', 'misinformation', 'spreading lies', 'you people', "you're overreacting", 'you are overreacting',
    'stop complaining', 'nothing wrong with our', 'there is nothing wrong', "there's nothing wrong", 'works as intended', 'works as designed',
    'you need to learn', 'it’s your', "it's your fault",
  ],
  ru: [
    'сами виноваты', 'сам виноват', 'сама виновата', 'надо было', 'нужно было читать', 'внимательнее читайте', 'читайте инструкцию',
    'прочитайте инструкцию', 'это не так', 'это неправда', 'у всех работает', 'у остальных работает', 'не наша вина', 'не наша проблема',
    'не наши проблемы', 'успокойтесь', 'вы не правы', 'вы ошибаетесь', 'ни у кого больше', 'больше ни у кого', 'вы просто не умеете',
    'ваша вина', 'ваши проблемы', 'не надо истерить', 'не истерите', 'как мы уже писали', 'как уже было сказано', 'претензии не принимаются',
  ],
  fi: [
    'oma vika', 'oma vikasi', 'itse syyllinen', 'olisit lukenut', 'olisit voinut', 'lue ohjeet', 'lukekaa ohjeet', 'ei pidä paikkaansa',
    'toimii kaikilla muilla', 'toimii muilla', 'ei ole meidän vika', 'ei meidän vika', 'ei meidän ongelma', 'rauhoitu', 'rauhoittukaa',
    'olet väärässä', 'olette väärässä', 'kukaan muu ei', 'kenelläkään muulla ei', 'käyttäjän virhe', 'kuten jo sanoimme', 'kuten jo kerroimme',
    'sinun olisi pitänyt', 'teidän olisi pitänyt', 'turha valittaa', 'lopeta valittaminen', 'ei siinä ole mitään vikaa',
  ],
  sv: [
    'ditt eget fel', 'eget fel', 'du borde ha', 'du borde läst', 'ni borde ha', 'du måste ha', 'läs manualen', 'läs instruktionerna',
    'det stämmer inte', 'fungerar för alla andra', 'funkar för alla andra', 'inte vårt fel', 'inte vårt problem', 'lugna ner dig', 'lugna dig',
    'du har fel', 'ni har fel', 'ingen annan har', 'om du hade', 'användarfel', 'som vi redan sagt', 'som vi redan skrev', 'sluta klaga',
    'det är inget fel på',
  ],
};

/** Arguing openers: fine in a calm exchange, defensive when the person is upset. */
export const ARGUE: Lexicon = {
  en: ['to be fair', 'in our defense', 'in our defence', 'we never', 'we did nothing wrong', "that's your opinion", 'that is your opinion', 'you failed to', 'you simply'],
  ru: ['вообще-то', 'мы никогда не', 'это ваше мнение', 'вы сами', 'вы просто'],
  fi: ['emme ole koskaan', 'se on sinun mielipiteesi', 'et lukenut', 'et vain osaa'],
  sv: ['vi har aldrig', 'det är din åsikt', 'du läste inte', 'du kan helt enkelt inte'],
};

/** Anger and complaint in the post: the person is upset. */
export const ANGER: Lexicon = {
  en: [
    'suck*', 'sux', 'worst', 'scam*', 'rip-off', 'ripoff', 'never again', 'boycott', 'hate', 'useless', 'fraud', 'refund', 'unacceptable',
    'cancel my', 'terrible', 'awful', 'horrible', 'broken', "doesn't work", 'does not work', 'not working', "won't", 'still not', 'disappointed',
    'annoy*', 'frustrat*', 'ridiculous', 'garbage', 'trash', 'angry', 'furious', 'wtf', 'charged twice', 'double charged', 'lost my', 'lost all',
    'deleted my', 'crash*', 'fed up', 'sick of', 'pathetic', 'joke', 'nobody answers', 'no one answers', 'drains', 'ignored',
  ],
  ru: [
    'отстой', 'ужасн*', 'худш*', 'развод', 'мошенни*', 'обман*', 'позор*', 'бесит', 'ненавиж*', 'бойкот*', 'верните деньги', 'больше никогда',
    'жалоб*', 'не работает', 'не работают', 'сломал*', 'вылетает', 'глюч*', 'разочарован*', 'достал*', 'кошмар*', 'безобрази*', 'дважды списали',
    'списали дважды', 'пропали', 'потерял*', 'никто не отвечает', 'сколько можно', 'бред', 'издевательство', 'отвратительн*',
  ],
  fi: [
    'surkea*', 'perseestä', 'huija*', 'kusetus', 'en enää ikinä', 'boikot*', 'rahat takaisin', 'vihaan', 'hyödytön', 'häpeä*', 'valitu*', 'ei toimi',
    'eivät toimi', 'rikki', 'kaatuu', 'kaatui', 'pettynyt', 'pettymys', 'ärsyttä*', 'raivostutta*', 'kamala*', 'kauhea*', 'paska*', 'veloitettiin kahdesti',
    'kahdesti veloitettu', 'katosi*', 'hävisi*', 'kukaan ei vastaa', 'syö akkua', 'syö akun', 'naurettava*', 'turhauttava*', 'järkyttävä*',
  ],
  sv: [
    '!suger', 'värst*', 'bluff*', 'bedrägeri*', 'blev blåst', 'skandal*', 'aldrig mer', 'bojkott*', 'hatar', 'vidrig*', 'värdelös*', 'pengarna tillbaka',
    'usel*', 'fungerar inte', 'funkar inte', 'krasch*', 'besviken', 'besvikelse', 'irriterande', 'trött på', 'skit*', 'dålig*', 'katastrof*',
    'dubbeldrag*', 'drog pengar två gånger', 'försvann', 'borta', 'ingen svarar', 'löjlig*', 'förbannad', 'arg',
  ],
};

/** Crisis, safety, legal and personal hardship: slow down and bring in the right people. */
export const SENSITIVE: Lexicon = {
  en: [
    'lawsuit*', 'sue', 'suing', 'sued', 'lawyer*', 'attorney*', 'legal action', 'class action', 'small claims', 'court', 'injur*', 'caught fire',
    'on fire', 'fire hazard', 'smoke', 'smoking hot', 'explod*', 'exploded', 'overheat*', 'electric shock', 'shocked me', 'burned my', 'burnt my',
    'burns on', 'hospital*', 'emergency room', 'allergic reaction', 'poison*', 'choking', 'unsafe', 'dangerous', 'safety', 'recall', 'data breach',
    'breach', 'leaked', 'leak of', 'hacked', 'identity theft', 'stolen', 'police', 'suicid*', 'self-harm', 'kill myself', 'died', 'passed away',
    'harass*', 'discriminat*', 'racist', 'sexist', 'abuse*', 'threaten*', 'gdpr', 'regulator', 'ombudsman', 'burnout', 'burned out', 'burnt out',
    'depress*', 'grief', 'grieving', 'cancer', 'miscarriage', 'laid off', 'layoff*', 'mental health', 'panic attack*',
  ],
  ru: [
    'суд', 'в суд', 'суде', 'судом', 'иск', 'иски', 'исков*', 'юрист*', 'адвокат*', 'прокуратур*', 'роспотребнадзор*', 'полици*', 'пожар*', 'загорел*',
    'возгорани*', 'задымлени*', 'взорвал*', 'взрыв*', 'ожог*', 'обжёг*', 'травм*', 'больниц*', 'скорую', 'аллерги*', 'отравлени*', 'опасн*', 'утечк*',
    'взлом*', 'украли', 'суицид*', 'умер', 'умерла', 'смерть', 'выгорани*', 'депресси*', 'уволили', 'сокращени*', 'харассмент', 'дискриминац*',
    'персональные данные', 'персональных данных', 'угрож*', 'ударило током', 'бьётся током',
  ],
  fi: [
    'oikeuteen', 'oikeudessa', 'haastan', 'haastamme', 'kanne*', 'asianajaja*', 'lakimie*', 'juristi*', 'kuluttajariita*', 'poliisi*', 'tulipalo*',
    'syttyi', 'savu*', 'räjähti', 'räjähd*', 'palovam*', 'loukkaantu*', 'sairaala*', 'päivystykse*', 'allergi*', 'myrkyty*', 'vaaralli*', 'turvallisuus*',
    'tietovuoto*', 'vuoti', 'vuotanut', 'hakkeroi*', 'murrettu', 'varastettu', 'itsemurha*', 'kuoli', 'kuollut', 'kuolema*', 'uupumus', 'uupui*',
    'burnout', 'loppuun palami*', 'masennu*', 'irtisano*', 'lomautu*', 'yt-neuvottelu*', 'muutosneuvottelu*', 'ahdistel*', 'syrjin*', 'henkilötiedo*',
    'tietosuoja*', 'uhkail*', 'sähköisku*', 'ylikuumen*',
  ],
  sv: [
    'stämma er', 'stämma företaget', 'stämning', 'advokat*', 'jurist*', 'domstol*', 'rättegång*', 'arn', 'konsumentverket', 'polis*', 'polisanmäl*', 'brann',
    'brandfarlig*', 'fattade eld', 'började brinna', 'exploder*', 'brännskad*', 'skadad', 'skadades', 'sjukhus*', 'akuten', 'allergi*', 'förgift*',
    'farlig*', 'säkerhetsrisk*', 'dataintrång*', 'läck*', 'hackad*', 'hackat', 'stulen', 'stulna', 'självmord*', '!dog', 'död*', 'utbränd*',
    'utbrändhet', 'utmattning*', 'depression*', 'uppsagd*', 'varsel', 'varslad*', 'trakasser*', 'diskriminer*', 'personuppgift*', 'gdpr', 'hot',
    'hotade', 'hotar', 'överhett*', 'elstöt*', 'fick en stöt',
  ],
};

/** The draft slows down, shows care or brings in the right people. */
export const ESCALATE_OR_CARE: Lexicon = {
  en: [
    'sorry', 'i hear you', 'that sounds', 'take care', 'thank you for sharing', 'thanks for sharing', 'glad you', 'safe', 'please stop using',
    'stop using', "don't use", 'do not use', 'unplug', 'passed', 'flagged', 'escalated', 'escalating', 'safety team', 'legal team', 'our team',
    'a colleague', 'my colleague', 'will contact you', 'will reach out', 'will call you', 'look into', 'looking into', 'investigat*',
    'a person', 'someone from', 'right people', 'personally', 'i’m so sorry', "i'm so sorry", 'thinking of you', 'wishing you',
  ],
  ru: [
    'простите', 'извините', 'сожале*', 'мне очень жаль', 'жаль', 'берегите себя', 'спасибо, что поделились', 'спасибо, что рассказали', 'не пользуйтесь',
    'отключите', 'передал*', 'эскалир*', 'служб* безопасности', 'юридическ* отдел', 'юрист* уже', 'коллег*', 'свяжемся', 'свяжется', 'позвоним', 'разбер*',
    'проверяем', 'выясн*', 'лично',
  ],
  fi: [
    'pahoittel*', 'olen pahoillani', 'olemme pahoillamme', 'ikävä kuulla', 'pidä huolta', 'kiitos, että kerroit', 'kiitos kun kerroit', 'kiitos että jaoit',
    'älä käytä', 'lopeta käyttö', 'irrota', 'välitin', 'välitetty', 'välitän', 'eskaloi*', 'turvallisuustiimi*', 'lakitiimi*', 'kolleg*', 'otamme yhteyttä',
    'ottaa yhteyttä', 'ottaa sinuun yhteyttä', 'soitamme', 'selvitämme', 'selvitän', 'tutkimme', 'henkilökohtaisesti', 'voimia',
  ],
  sv: [
    'förlåt', 'ledsen', 'ledsna', 'beklagar', 'ta hand om dig', 'tack för att du delar', 'tack för att du berättade', 'sluta använda', 'använd inte',
    'koppla ur', 'dra ur', 'skickat vidare', 'lämnat vidare', 'eskaler*', 'säkerhetsteam*', 'juridik*', 'kollega*', 'kontaktar dig', 'hör av sig',
    'ringer dig', 'undersöker', 'tittar på', 'reder ut', 'personligen', 'styrka',
  ],
};

/** Phrases that could go under any post. */
export const BOILERPLATE: Lexicon = {
  en: [
    'thanks for reaching out', 'thank you for reaching out', 'thanks for your feedback', 'thank you for your feedback', 'we value your feedback',
    'we appreciate your feedback', 'your feedback is important', 'we apologize for any inconvenience', 'we apologise for any inconvenience',
    'sorry for any inconvenience', 'sorry for the inconvenience', 'please dm us', 'please send us a dm', 'dm us', 'send us a dm', 'we are here to help',
    "we're here to help", 'feel free to contact', 'contact our support', 'reach out to our support', 'thanks for sharing', 'great post', 'great question',
    'love this', 'so true', 'well said', 'great insights', 'thanks for the mention', 'thanks for the shoutout', 'stay tuned', 'have a great day',
    'we hear you', 'customer satisfaction', 'our top priority', 'we take this seriously', 'we take your concerns seriously', 'happy to help',
  ],
  ru: [
    'спасибо за обращение', 'спасибо за ваш отзыв', 'спасибо за отзыв', 'ваше мнение очень важно', 'ваше мнение важно', 'приносим извинения за неудобства',
    'извините за неудобства', 'напишите нам в личные сообщения', 'напишите нам в лс', 'пишите нам в лс', 'обратитесь в поддержку', 'обратитесь в службу поддержки',
    'мы всегда рады помочь', 'мы всегда на связи', 'отличный пост', 'отличный вопрос', 'полностью согласен', 'полностью согласна', 'хорошего дня',
    'оставайтесь с нами', 'мы ценим', 'для нас это важно',
  ],
  fi: [
    'kiitos yhteydenotosta', 'kiitos palautteesta', 'arvostamme palautettasi', 'palautteesi on meille tärkeää', 'pahoittelemme aiheutunutta haittaa',
    'pahoittelemme mahdollista haittaa', 'laita meille yksityisviestiä', 'laita meille yv', 'ota yhteyttä asiakaspalveluumme', 'ota yhteyttä asiakaspalveluun',
    'olemme täällä auttamassa', 'autamme mielellämme', 'hyvä postaus', 'hyvä kysymys', 'hyvää päivänjatkoa', 'pysy kuulolla', 'asiakastyytyväisyys',
    'otamme asian vakavasti', 'tärkeää meille',
  ],
  sv: [
    'tack för att du hör av dig', 'tack för att du hörde av dig', 'tack för din feedback', 'tack för feedbacken', 'vi värdesätter din feedback',
    'din feedback är viktig', 'vi ber om ursäkt för besväret', 'ursäkta besväret', 'skicka ett dm till oss', 'skicka dm till oss', 'kontakta vår kundtjänst',
    'kontakta kundtjänst', 'vi finns här för att hjälpa', 'vi hjälper gärna till', 'bra inlägg', 'bra fråga', 'så sant', 'ha en fin dag',
    'håll utkik', 'vi tar detta på största allvar', 'kundnöjdhet', 'högsta prioritet',
  ],
};

/** Yes/no openers that answer a closed question on their own. */
export const DIRECT_ANSWER: Lexicon = {
  en: ['yes', 'yep', 'yeah', 'no', 'nope', 'not yet', 'it does', "it doesn't", 'it can', "it can't", 'you can', "you can't", 'short answer'],
  ru: ['да', 'нет', 'пока нет', 'можно', 'нельзя', 'увы', 'к сожалению, нет', 'коротко'],
  fi: ['kyllä', 'joo', 'jep', 'ei', 'ei vielä', 'voi', 'valitettavasti ei', 'onnistuu', 'lyhyesti'],
  sv: ['ja', 'japp', 'jo', 'nej', 'inte än', 'det går', 'det går inte', 'tyvärr inte', 'kort svar'],
};

/** Interrogative openers: a sentence starting with these asks something even without "?". */
export const QUESTION_OPENER: Lexicon = {
  en: ['how do', 'how can', 'how to', 'does anyone', 'anyone know', 'any tips', 'any idea', 'any ideas', 'is there a way', 'can someone', 'can anyone', 'what is the best', 'which', 'looking for advice', 'looking for tips', 'need advice', 'any advice', 'advice on', 'recommendations for'],
  ru: ['подскажите', 'посоветуйте', 'как', 'кто-нибудь знает', 'есть ли', 'можно ли', 'где', 'почему', 'какой', 'какая', 'какие', 'нужен совет', 'ищу совет', 'нужна помощь'],
  fi: ['miten', 'mitä', 'miksi', 'missä', 'mikä', 'osaako joku', 'tietääkö joku', 'onko', 'voiko', 'kannattaako', 'vinkkejä', 'kaipaan neuvoja', 'kaipaan vinkkejä', 'tarvitsen neuvoja', 'etsin vinkkejä'],
  sv: ['hur', 'vad', 'varför', 'vilken', 'vilket', 'vilka', 'finns det', 'kan man', 'går det', 'vet någon', 'tips på', 'behöver råd', 'söker råd', 'behöver tips', 'några tips'],
};

/** Negations that cancel a sales cue right after them ("no need to buy"). */
export const NEGATION = /(?:^|[^\p{L}])(?:no|not|don't|dont|do not|never|without|no need to|needn't|не|нет|без|ei|älä|ilman|en|inte|utan|ingen|behöver inte)[\s\p{P}]+(?:[\p{L}'’-]+[\s\p{P}]+){0,3}$/iu;

/** The person asks for a recommendation: naming a product or tool answers it. */
export const RECOMMEND_ASK: Lexicon = {
  en: ['recommend*', 'suggest*', 'which', 'any good', 'what is the best', "what's the best", 'alternative*', 'what tool*', 'what app*', 'what do you use'],
  ru: ['посоветуйте', 'порекомендуйте', 'рекоменд*', 'какой', 'какая', 'какие', 'каким', 'альтернатив*', 'чем пользуетесь'],
  fi: ['suosittel*', 'suosittele*', 'mikä', 'mitä', 'vaihtoehto*', 'mitä käytätte'],
  sv: ['rekommender*', 'tips på', 'vilken', 'vilket', 'vilka', 'alternativ*', 'vad använder'],
};

/** The person asks how much, how many or when: a number answers it. */
export const QUANTITY_ASK: Lexicon = {
  en: ['how much', 'how many', 'how long', 'when', 'what time', 'cost', 'price'],
  ru: ['сколько', 'когда', 'как долго', 'стоит', 'цена'],
  fi: ['paljonko', 'kuinka paljon', 'kuinka monta', 'kuinka kauan', 'milloin', 'maksaa', 'hinta'],
  sv: ['hur mycket', 'hur många', 'hur länge', 'när', 'kostar', 'pris'],
};
