// Shapes of a post that the lexicons do not name and that mean the same in every language, read
// from its tokens alone: two named options set against each other (Acme or Globex, HSL:n kausilippu
// vai kaupunkipyörä), facts told in numbers with no question, and calls in the plural on others to
// act (уходите, älkää ostako, säg upp er, everyone should). The intent model learns what they weigh.
import type { Token } from './tokens';

const OR_WORDS = new Set(['or', 'vs', 'versus', 'или', 'либо', 'vai', 'tai', 'vastaan', 'eller', 'mot']);
const BETWEEN = new Set(['between', 'между', 'välillä', 'mellan']);
const NUMBER = /^\p{N}/u;
const CAPITAL = /^\p{Lu}/u;
const MIXED = /\p{L}.*\p{N}|\p{N}.*\p{L}/u;
const DIGIT = /\p{N}/u;

/** A name-like word: capitalised (Acme, Кинопоиск, SMARTY) or letters with digits (X3, R16, 5G). */
const nameish = (text: string, t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && (CAPITAL.test(text[t.start]!) || t.norm.startsWith('@') || (DIGIT.test(t.bare) && MIXED.test(t.bare)));
/** A name even at the start of a sentence, where every word is capitalised: not a plain word. */
const surelyName = (text: string, t: Token | undefined): boolean =>
  !!t && nameish(text, t) && (t.wordInSentence > 0 || MIXED.test(t.bare) || t.norm.startsWith('@') || text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase());

// The plural (or polite) imperative and the hortative: уходите, покупайте, давайте; ostakaa,
// älkää, boikotoikaa; the Finnish passive as "let's" (ei osteta, lähdetään).
const RU_IMPERATIVE = /^\p{L}{2,}(?:йте|ите|ьте)$/u;
const RU_NOT_IMPERATIVE = new Set(['хотите', 'можете', 'видите', 'знаете', 'смотрите', 'пишите', 'говорите', 'платите', 'сидите', 'ходите', 'входите', 'выходите', 'звоните', 'летите']);
const FI_IMPERATIVE = /^\p{L}{2,}(?:kaa|kää)$/u;
const FI_NOT_IMPERATIVE = new Set(['aikaa', 'paikkaa', 'kokkaa', 'jakaa', 'nukkaa', 'lukkaa', 'hakkaa', 'tukkaa', 'rakkaa', 'kaakkaa', 'hiukkaa', 'kallistaa']);
const FI_HORTATIVE = /^\p{L}{3,}(?:taan|tään|daan|dään)$/u;
// "ei osteta", "ei tilata": the negated passive opening a clause.
const FI_PASSIVE_NEGATED = /^\p{L}{3,}(?:tta|ttä|ta|tä|da|dä)$/u;
// "säg upp er", "sluta handla", "köp inte": a Swedish imperative is known by what follows it.
const SV_AFTER_IMPERATIVE = new Set(['inte', 'er', 'ni', 'era', 'ert']);
const SV_CALL_VERBS = new Set(['sluta', 'köp', 'handla', 'byt', 'bojkotta', 'dela', 'anmäl', 'skriv', 'avsluta', 'avboka', 'stäng', 'lämna', 'undvik', 'välj', 'gå', 'flytta', 'ring', 'sprid', 'varna']);
const EN_CALL_VERBS = new Set(['stop', 'boycott', 'cancel', 'avoid', 'refuse', 'join', 'share', 'sign', 'delete', 'leave', 'switch', 'pull', 'tell', 'spread', 'report', 'complain', 'unsubscribe', 'nationalise', 'nationalize', 'ban']);
const EN_NOT_CALLED = new Set(['i', 'we', 'you', 'they', 'it', 'had', 'have', 'has', 'been', 'was', 'were', 'got', 'thought', 'again', 'know', 'think', 'get', 'understand', 'mind', 'worry']);
const GROUP = new Set([
  'everyone', 'everybody', 'people', 'all', 'folks', 'y\'all', 'guys', 'should',
  'все', 'всем', 'всех', 'люди', 'народ', 'ребята', 'давайте', 'вместе', 'кто', 'должны',
  'kaikki', 'kaikille', 'kaikkien', 'ihmiset', 'porukka', 'yhteisölle', 'yhdessä', 'pitäisi', 'pitäis',
  'alla', 'allihop', 'folk', 'ni', 'er', 'tillsammans', 'borde', 'together',
]);

// What the writer expected, told beside what happened: "thought they were gone forever", "olin
// varautunu viikkoon", "думал, что придётся ждать", "trodde aldrig"; and what was promised or
// printed: "box says up to 60", "обещали до пятницы", "luvattiin", "lovade".
const EXPECTED: Record<string, RegExp> = {
  en: /^(?:thought|expected|expecting|assumed|figured|braced|prepared)$/u,
  ru: /^(?:думал|ожидал|рассчитывал|готовил(?:ся|ась)|настроил(?:ся|ась)|боял(?:ся|ась))/u,
  fi: /^(?:odotin|odotettiin|luulin|oletin|varauduin|varautun|pelkäsin|ajattelin)/u,
  sv: /^(?:trodde|räknade|väntade|förväntade|befarade|beredd|trott)/u,
};
const PROMISED: Record<string, RegExp> = {
  en: /^(?:promised|promises|promise|guaranteed|advertised|claims|claimed|quoted)$/u,
  ru: /^(?:обеща|гарантир|заявлен|написано|указано)/u,
  fi: /^(?:luvat|luvan|lupas|lupaa|lupaavat|luvannut|taattu|mainost|ilmoitett)/u,
  sv: /^(?:lovade|lovat|utlovad|garanter|annonser|utannonser)/u,
};

// Something put right for the writer, told in the past: the end of a story of trouble that is told as praise
// ("replaced the pump for free", "мастер всё починил", "vaihtoivat uuteen", "bytte pumpen gratis").
const REMEDY: Record<string, RegExp> = {
  en: /^(?:replaced|refunded|fixed|repaired|sorted|resolved|reimbursed|credited|swapped|rebooked|unlocked|waived|restored|recovered|rescued)$/u,
  ru: /^(?:почини|замени|поменял|вернул|компенсир|возмест|исправил|восстановил|разблокир|перевыпустил|нашли|нашел|нашла|решили|решил)/u,
  fi: /^(?:korjas|korjatt|vaihtoi|vaihdett|hyvitti|hyvittiv|hyvitett|palauttiv|palautett|ratkais|löysiv|löyty|lukitt|toimittiv|kompensoi)/u,
  sv: /^(?:fixade|lagade|bytte|ersatte|återbetal|krediter|löste|hittade|återställ|ombokade|kompenser)/u,
};
const NEGATORS = new Set(['not', 'never', 'didn\'t', 'haven\'t', 'hasn\'t', 'wasn\'t', 'weren\'t', 'no', 'не', 'ни', 'ei', 'eivät', 'inte', 'aldrig', 'ej']);
// "not been refunded", "ei ole korjattu", "не было": the negator one auxiliary back.
const AUXILIARIES = new Set(['been', 'be', 'have', 'has', 'было', 'был', 'была', 'были', 'ole', 'ollut', 'olleet', 'är', 'har', 'varit', 'blivit']);
// News told of a company by a third party: "Meta says it will cut…", "по данным СМИ", "kertoo", "enligt".
const REPORTED: Record<string, RegExp> = {
  en: /^(?:reportedly|according|announces|announced|confirms|confirmed|unveils|unveiled|launches|breaking)$/u,
  ru: /^(?:сообщает|сообщил|заявил|объявил|анонсир|планирует|согласно|срочно)/u,
  fi: /^(?:kertoo|kertoi|tiedott|ilmoitti|ilmoittaa|julkist|suunnittel|uutis)/u,
  sv: /^(?:enligt|uppger|uppgav|meddelar|meddelade|rapporter|tillkännag|planerar|lanserar|presenterar)/u,
};
// A question that doubts rather than asks: "Is it really reasonable that…?", "а вы правда считаете, что это
// нормально?", "Onkohan ihan oikeasti tarkoitus…?", "Är det verkligen rimligt…?".
const DOUBT: Record<string, RegExp> = {
  en: /^(?:really|seriously|honestly|reasonable|acceptable|normal)$/u,
  ru: /^(?:правда|серьезно|реально|действительно|нормально|нормальн)/u,
  fi: /^(?:oikeasti|oikeesti|tosissaan|todella|tosiaan|normaali|kohtuullis|hyväksyttäv)/u,
  sv: /^(?:verkligen|seriöst|rimligt|rimlig|normalt|allvar|acceptabelt)/u,
};

export function shapeFeatures(text: string, tokens: readonly Token[], lang: string, set: (key: string, value?: number) => void): void {
  const words = tokens.filter((t) => t.kind === 'word');
  const asks = tokens.some((t) => t.kind === 'punct' && t.norm.includes('?'));
  // Two named options against each other: "X or Y", "X vai Y", "between X and Y".
  let options = false;
  words.forEach((t, i) => {
    if (OR_WORDS.has(t.norm)) {
      const before = words[i - 1];
      const after = words[i + 1];
      const sameSentence = before?.sentence === t.sentence && after?.sentence === t.sentence;
      const left = [before, words[i - 2]].filter((w) => w?.sentence === t.sentence);
      const right = [after, words[i + 2]].filter((w) => w?.sentence === t.sentence);
      // "giffgaff or SMARTY": one side surely a name, the other a name or the sentence's first word.
      const sure = [...left, ...right].some((w) => surelyName(text, w));
      if (sameSentence && sure && left.some((w) => nameish(text, w) || w!.wordInSentence === 0) && right.some((w) => nameish(text, w))) options = true;
    }
    if (BETWEEN.has(t.norm) && words.slice(Math.max(0, i - 3), i + 4).filter((w) => w !== t && w.sentence === t.sentence && surelyName(text, w)).length >= 2) options = true;
  });
  if (options) set(asks ? 'shape:options?' : 'shape:options');
  if (asks && new Set(words.filter((t) => t.wordInSentence > 0 && nameish(text, t)).map((t) => t.norm)).size >= 2) set('shape:names2?');
  // Facts in numbers: times, prices, counts and dates, with no question.
  const numbers = words.filter((t) => NUMBER.test(t.bare)).length;
  if (numbers >= 1) set(numbers >= 2 ? 'shape:numbers2+' : 'shape:number');
  if (numbers >= 1 && !asks) set('shape:numbers-told');
  // Calls on others in the plural.
  let call = false;
  let group = false;
  const startsClause = (k: number): boolean => k >= 0 && (words[k]!.wordInSentence === 0 || (k > 0 && words[k - 1]!.clause !== words[k]!.clause));
  for (const [i, t] of words.entries()) {
    if (GROUP.has(t.norm)) group = true;
    const opens = startsClause(i) || (['не', 'älkää'].includes(words[i - 1]?.norm ?? '') && startsClause(i - 1));
    if (lang === 'ru' && opens && RU_IMPERATIVE.test(t.norm) && !RU_NOT_IMPERATIVE.has(t.norm)) call = true;
    if (lang === 'fi' && (t.norm === 'älkää' || (opens && FI_IMPERATIVE.test(t.norm) && !FI_NOT_IMPERATIVE.has(t.norm)))) call = true;
    if (lang === 'fi' && (words[i - 1]?.norm === 'ei' || t.wordInSentence === 0) && FI_HORTATIVE.test(t.norm)) call = true;
    if (lang === 'fi' && words[i - 1]?.norm === 'ei' && FI_PASSIVE_NEGATED.test(t.norm) && startsClause(i - 1)) call = true;
    if (lang === 'sv' && opens && SV_CALL_VERBS.has(t.norm) && (SV_AFTER_IMPERATIVE.has(words[i + 1]?.norm ?? '') || t.wordInSentence === 0)) call = true;
    if (lang === 'sv' && opens && t.norm === 'säg' && words[i + 1]?.norm === 'upp') call = true;
    if (lang === 'en' && opens && EN_CALL_VERBS.has(t.norm)) call = true;
    // "Devs, start porting to Godot", "quit renewing": starting or stopping a doing.
    if (lang === 'en' && opens && ['start', 'quit'].includes(t.norm) && (words[i + 1]?.norm ?? '').endsWith('ing')) call = true;
    // "RT so @Acme sees this", "RT så att…": a post that opens by asking to be passed on.
    if (i === 0 && (t.norm === 'rt' || t.norm === 'retweet') && text.slice(t.start, t.end) !== text.slice(t.start, t.end).toLowerCase()) call = true;
    // "Don't buy", "Never fly with them": a negated imperative opening a clause.
    if (lang === 'en' && ['don\'t', 'never'].includes(words[i - 1]?.norm ?? '') && startsClause(i - 1) && !EN_NOT_CALLED.has(t.norm) && !t.norm.endsWith('ed')) call = true;
  }
  const expected = EXPECTED[lang];
  const promised = PROMISED[lang];
  // Every word of both families has five letters or more.
  if (expected && words.some((t) => t.norm.length >= 5 && expected.test(t.norm))) set('shape:expected');
  if (promised && words.some((t) => t.norm.length >= 5 && promised.test(t.norm))) set('shape:promised');
  const remedy = REMEDY[lang];
  const negated = (i: number): boolean =>
    NEGATORS.has(words[i - 1]?.norm ?? '') || NEGATORS.has(words[i + 1]?.norm ?? '') || (AUXILIARIES.has(words[i - 1]?.norm ?? '') && NEGATORS.has(words[i - 2]?.norm ?? ''));
  if (remedy && words.some((t, i) => remedy.test(t.norm) && !negated(i))) set('shape:remedy');
  const reported = REPORTED[lang];
  if (reported && words.some((t, i) => reported.test(t.norm) || (lang === 'en' && ['says', 'plans'].includes(t.norm) && nameish(text, words[i - 1])))) set('shape:reported');
  const doubt = DOUBT[lang];
  if (asks && doubt && words.some((t) => doubt.test(t.norm))) set('shape:doubt?');
  if (call) set(group ? 'shape:call+group' : 'shape:call');
  else if (group) set('shape:group');
}
