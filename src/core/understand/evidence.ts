// Reads a post once into weighted evidence for both classifiers: lexicon hits, then negation,
// sarcasm, contrast ("but") and concession ("although") applied, then per-intent and
// per-polarity sums. classifyIntent and classifySentiment share the last reading.
import type { Cue, Intent } from '../model';
import { findHits, type Hit, type Signal } from './lexicon';
import { cueLanguage, lexiconFor } from './lexicons';
import { tokenize, type Token } from './tokens';

export interface Evidence {
  cue: Cue;
  /** What this piece adds to each intent. */
  intent: Partial<Record<Intent, number>>;
  positive: number;
  negative: number;
}

export interface Reading {
  text: string;
  lang: string;
  evidence: Evidence[];
  intent: Record<Intent, number>;
  positive: number;
  negative: number;
  /** Some sentence asks something (a "?" or an opening question word). */
  asks: boolean;
  /** How many product or service words (app, поддержка, päivitys, tjänst) the post has. */
  topics: number;
  /** How many names (Klarna, Wildberries, @Acme) the post mentions inside its sentences. */
  names: number;
}

const PRESS_HANDLE =
  /news|uutiset|nyheter|novost|новост|press|media|journal|times|tidning|lehti|yle|svt|bbc|reuters|hsfi|iltasanomat|expressen|aftonbladet|svd|dagensnyheter|meduza|rbc|kommersant|tass/u;
// Regulators and watchdogs tagged in public: @FCA, @Which, @WhichUK, @ConsumerWatchdog, @Konsumentverket.
const WATCHDOG_HANDLE = /^@(?:fca|ftc|cma|which|imy|arn|kkv|fas|cfpb|ofcom|ofgem|asa|ico)(?:_?(?:uk|se|fi|ru|eu|us|news))?$|watchdog|consumer|konsument|kuluttaja|rospotreb|роспотреб|regulator|ombuds/u;
// A verb or "on" with the -ko/-kö clitic: onko, voiko, tietääkö, kannattaako (not pakko, lakko).
const FI_QUESTION_CLITIC = /^\p{L}+[aeiouyäönts](?:ko|kö)(?:s|han|hän)?$/u;
const FI_NOT_CLITIC = new Set(['koko', 'ruoko', 'marko', 'heiko', 'taiko']);
// #AcmeSucks, #AcmeDown, #BrandFail, #AcmeSuger, #AcmeNurin.
const ANGRY_HASHTAG = /^#\p{L}{2,}(sucks|suck|down|fail|scam|boycott|outage|suger|nere|bluff|skandal|huijaus|nurin|perseestä|отстой|позор|бойкот|лежит|развод|breach|leak|leaks|vuoto|läcka|läckan|утечка|слив|верниденьги|вернитеденьги|refund|refundnow|givemymoneyback|rahattakaisin|pengarnatillbaka)$/u;
const OR_WORDS = new Set(['or', 'или', 'vai', 'eller']);
// "Poll: do you tip?", "Опрос: …", "Kysely: …", "Omröstning: …": a post that opens as a poll puts a
// question to the crowd for the fun of it; it asks nothing for the writer.
const POLL_WORDS = new Set(['poll', 'опрос', 'голосование', 'kysely', 'gallup', 'äänestys', 'omröstning', 'enkät']);
// "Hot take: …", "Мнение: …", "Mielipide: …", "Åsikt: …", "Discussion: …": a post that opens by
// labelling itself a view offers it to talk over; its praise and trouble words describe the world,
// not the writer's own dealings with a company, and weigh as in news.
const OPINION_WORDS = new Set(['opinion', 'take', 'discussion', 'мнение', 'обсуждение', 'дискуссия', 'mielipide', 'näkemys', 'keskustelu', 'åsikt', 'diskussion']);
const OPINED = 0.5;
const opensAsOpinion = (tokens: Token[]): boolean =>
  tokens.slice(0, 4).some((t, i) => t.kind === 'word' && t.sentence === 0 && t.wordInSentence <= 1 && OPINION_WORDS.has(t.norm) && tokens[i + 1]?.norm === ':');
const EITHER_OR = 0.6;
const BUY_VERBS_OF: Record<string, Set<string>> = {
  en: new Set(['buy', 'pick', 'choose', 'order', 'purchase']),
  ru: new Set(['взять', 'купить', 'брать', 'покупать', 'выбрать', 'выбирать', 'заказать', 'брали', 'купили']),
  fi: new Set(['ostaa', 'ostaisin', 'ostaisitte', 'ottaa', 'ottaisin', 'valita', 'valitsisin', 'hankkia', 'hankkisin', 'tilata']),
  sv: new Set(['köpa', 'välja', 'skaffa', 'ta', 'beställa', 'köper', 'väljer']),
};
// Subjects after an opening auxiliary that make it a question: "Does anyone…", "Har man…", "Kan du…".
const SUBJECTS = new Set(['anyone', 'anybody', 'someone', 'you', 'the', 'this', 'it', 'man', 'du', 'ni', 'någon', 'det', 'de', 'вы', 'кто', 'ты', 'sä', 'te', 'joku', 'kukaan']);
const CLEAR_BUY = 1;
// Formats and standards are not products to choose between: "CSV или XLSX?" asks how.
const NOT_PRODUCTS = new Set(['csv', 'xls', 'xlsx', 'pdf', 'doc', 'docx', 'json', 'xml', 'png', 'jpg', 'jpeg', 'gif', 'mp3', 'mp4', 'usb', 'hdmi', 'wifi', 'bluetooth', 'ssd', 'hdd', 'ios', 'android', 'mac', 'windows', 'linux', 'sms', 'email']);
// A product's name: Notion, МТС, DNA, iPhone, amoCRM, XM5, or a Latin word in Cyrillic text (Dyson).
const nameLike = (text: string, t: Token | undefined, cyrillic: boolean, before?: Token): boolean => {
  if (!t || t.kind !== 'word' || t.norm.startsWith('@') || t.norm.startsWith('#') || NOT_PRODUCTS.has(t.norm)) return false;
  const surface = text.slice(t.start, t.end);
  // "iPhone 15 or Pixel 8": a model number after a name is part of it.
  if (/^\p{N}+$/u.test(surface)) return before !== undefined && nameLike(text, before, cyrillic);
  return (
    /^\p{Lu}/u.test(surface) ||
    /^\p{Ll}+\p{Lu}/u.test(surface) ||
    /\p{L}\p{N}|\p{N}\p{L}/u.test(surface) ||
    (cyrillic && /^\p{Script=Latin}/u.test(surface))
  );
};
const LOOKBACK = 3;
// "@AcmeSupport where's my invoice?": a handle addressed first does not stop a question opener.
const wordBefore = (t: Token): boolean => t.kind === 'word' && !t.norm.startsWith('@');
// Quotes around a word hold it at arm's length: 'improved' plan, «улучшенный» тариф.
const OPEN_QUOTES = new Set(["'", '"', '«', '“', '‘', '„', '‚', '”', '’']);
const CLOSE_QUOTE = /['"»”’“‘]/u;
function quoted(text: string, start: number, end: number): boolean {
  if (!OPEN_QUOTES.has(text[start - 1] ?? '')) return false;
  const after = text.slice(end, end + 40);
  const close = after.search(CLOSE_QUOTE);
  return close >= 0 && !/[.!?\n]/u.test(after.slice(0, close));
}

// A short lower-case claim in quotes: the 'unlimited' plan, ett 'vattentätt' ur, «подозрительные операции».
const SCARE_QUOTE = /(?<=^|[\s(])(?:'(\p{Ll}[^'\n]{0,30}?)'|"(\p{Ll}[^"\n]{0,30}?)"|«(\p{Ll}[^»\n]{0,30}?)»|“(\p{Ll}[^”\n]{0,30}?)”|”(\p{Ll}[^”\n]{0,30}?)”)(?=[\s.,!?:;)…]|$)/gu;
const SCARE_WEIGHT = 0.6;

/** Scare quotes in statements: the writer doubts the word ("'improved'" is handled as sarcasm). */
function scareQuoteHits(text: string, tokens: Token[], questionMarked: Set<number>): Hit[] {
  const hits: Hit[] = [];
  let from = 0;
  for (const m of text.matchAll(SCARE_QUOTE)) {
    const start = m.index;
    const end = start + m[0].length;
    // Matches come left to right: one pass over the tokens for all of them.
    while (from < tokens.length && tokens[from]!.end <= start) from++;
    const inside: number[] = [];
    for (let i = from; i < tokens.length && tokens[i]!.start < end; i++) {
      if (tokens[i]!.kind === 'word' && tokens[i]!.start > start && tokens[i]!.end < end) inside.push(i);
    }
    if (inside.length === 0 || inside.length > 3) continue;
    const first = inside[0]!;
    // In a post that asks, quotes name what a page or status says ("it just says 'contact us'").
    if (questionMarked.size > 0) continue;
    hits.push({ signal: 'problem', weight: SCARE_WEIGHT, first, last: inside[inside.length - 1]! });
  }
  return hits;
}

interface Piece {
  hit: Hit;
  signal: Signal;
  /** Label shown to the user: the signal, or "negated praise", "sarcastic thanks". */
  label: string;
  weight: number;
  /** In a plain question: trouble words there describe the topic more than the mood. */
  calm?: boolean;
}

function punctHits(text: string, tokens: Token[], taken: Set<number>): Hit[] {
  const hits: Hit[] = [];
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  let lastQuestionSentence = -1;
  tokens.forEach((t, i) => {
    if (t.kind === 'punct' && t.norm.includes('?') && t.sentence !== lastQuestionSentence) {
      lastQuestionSentence = t.sentence;
      hits.push({ signal: 'question', weight: 0.8, first: i, last: i });
    } else if (t.kind === 'punct' && t.norm === '/s') {
      hits.push({ signal: 'sarcasm', weight: 1.2, first: i, last: i });
    } else if (t.kind === 'word' && t.sentence === 0 && t.wordInSentence <= 1 && (POLL_WORDS.has(t.norm) || OPINION_WORDS.has(t.norm)) && tokens[i + 1]?.norm === ':') {
      hits.push({ signal: 'share', weight: 1.5, first: i, last: i });
    } else if (t.kind === 'word' && t.norm.startsWith('@') && (PRESS_HANDLE.test(t.norm) || WATCHDOG_HANDLE.test(t.norm))) {
      hits.push({ signal: 'press', weight: 1, first: i, last: i });
    } else if (t.kind === 'word' && !taken.has(i) && ANGRY_HASHTAG.test(t.norm)) {
      hits.push({ signal: 'anger', weight: 1.6, first: i, last: i });
    } else if (
      t.kind === 'word' &&
      OR_WORDS.has(t.norm) &&
      nameLike(text, tokens[i - 1], cyrillic, tokens[i - 2]) &&
      nameLike(text, tokens[i + 1], cyrillic) &&
      tokens[i + 1]!.wordInSentence > 0
    ) {
      hits.push({ signal: 'choice', weight: 1.2, first: i - 1, last: i + 1 });
    } else if (
      t.kind === 'word' &&
      OR_WORDS.has(t.norm) &&
      t.wordInSentence === 1 &&
      t.sentence === 0 &&
      tokens[i + 1]?.kind === 'word' &&
      tokens.some((q) => q.sentence === t.sentence && q.kind === 'punct' && q.norm.includes('?'))
    ) {
      // "Rörligt eller fast elpris i vinter?", "Pörssisähkö vai kiinteä sopimus?": a post that opens
      // by asking between two options (not a later "Skript eller för hand?" about how to do it).
      hits.push({ signal: 'choice', weight: 1.2, first: i - 1, last: i + 1 });
    }
  });
  return hits;
}

const SUPERLATIVE: Record<string, (w: string) => boolean> = {
  en: (w) => /^\p{L}{2,}est$/u.test(w) || w === 'best' || w === 'most',
  ru: (w) => /^(?:сам|наи)/u.test(w) || /[ае]йш/u.test(w),
  fi: (w) => w === 'mikään' || w === 'kaikkein' || w === 'paras',
  sv: (w) => /^\p{L}{2,}a?ste$/u.test(w) || w === 'bästa' || w === 'mest',
};

/**
 * "Not the flashiest app, but…", "Не самое красивое приложение, но…", "Ei mikään kaunein, mutta…",
 * "Inte den snyggaste appen, men…": a denied superlative conceded before a "but" is grudging praise.
 * The hit sits on the "but".
 */
function grudgingPraise(tokens: Token[], hits: Hit[], lang: string): Hit[] {
  const superlative = SUPERLATIVE[lang];
  if (!superlative) return [];
  const found: Hit[] = [];
  for (const n of hits) {
    if (n.signal !== 'negation') continue;
    const s = tokens[n.first]!.sentence;
    let sup = false;
    for (let i = n.last + 1; i <= n.last + 3 && i < tokens.length && tokens[i]!.kind === 'word'; i++) {
      if (superlative(tokens[i]!.norm)) sup = true;
    }
    if (!sup) continue;
    const but = hits.find((h) => h.signal === 'contrast' && h.first > n.last && tokens[h.first]!.sentence === s);
    if (but) found.push({ signal: 'praise', weight: 1, first: but.first, last: but.last });
  }
  return found;
}

// Words opening a clause that are not imperatives: "Ska inte…", "aikaa", "kukaan".
const NOT_IMPERATIVE = new Set(['ska', 'kunna', 'vilka', 'dessa', 'alla', 'båda', 'många', 'våra', 'bara', 'hela', 'sina', 'mina', 'dina', 'era', 'nya', 'gamla', 'aikaa', 'paikkaa', 'kukaan', 'vaikka']);

// A call to leave a company or stop buying from it, in the plural imperative: a boycott, angry
// words or not. Russian "не берите / не покупайте / не связывайтесь" and "уходите / бегите /
// отписывайтесь"; Finnish "älkää ostako", "lähtekää", "boikotoikaa", "vaihtakaa operaattoria";
// Swedish "säg upp er", "bojkotta", "byt bank".
const RU_BOYCOTT_NEGATED = /^(?:бер|покуп|купи|польз|заказыв|связыв|оформл|подключ|вед|довер|плат|ход)\p{L}*(?:йте|ите|ьте)(?:сь)?$/u;
const RU_BOYCOTT = /^(?:уход|убег|бег|отпис|отказыв|бойкот)\p{L}*(?:йте|ите)(?:сь)?$/u;
const FI_BOYCOTT = /^(?:lähtekää|boikotoikaa|irtisanokaa|hylätkää|jättäkää)$/u;
const FI_BOYCOTT_AFTER_NOT = /^(?:ostako|tilatko|käyttäkö|luottako|ottako|maksako)$/u;
const FI_SWITCH_WHAT = /^(?:operaat|pank|palvelu|liittym|yhtiö|sähköyhtiö|kauppa|kauppaa)/u;
const SV_BOYCOTT = new Set(['bojkotta', 'byt', 'säg']);
const SV_BOYCOTT_WHAT = /^(?:upp|bank|operatör|elbolag|leverantör|försäkringsbolag|mobiloperatör)/u;
const BOYCOTT_WEIGHT = 1;

/**
 * A warning told to the public in the plural imperative: "Не ставьте…", "не обновляйте",
 * "Irrottakaa se heti", "Tarkistakaa", "Logga inte in!", "Installera inte". It spreads trouble
 * when there is trouble to spread, like "share this".
 */
function warningHits(tokens: Token[], lang: string, taken: Set<number>): Hit[] {
  const hits: Hit[] = [];
  // A clause opens after punctuation, a sentence break or handles addressed first ("@Telia не…"):
  // worked out left to right in one pass.
  const open: boolean[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    open[i] = !prev || prev.kind === 'punct' || prev.sentence !== t.sentence || (prev.norm.startsWith('@') && open[i - 1] === true);
  });
  const opensClause = (i: number): boolean => open[i] === true;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !opensClause(i) || NOT_IMPERATIVE.has(t.norm)) return;
    const next = tokens[i + 1];
    const boycott = (last: number): void => {
      // Its words may already be a call ("älkää", "уходите" in the lexicon): the boycott is what it adds.
      if (!taken.has(i) && !taken.has(last)) hits.push({ signal: 'mobilise', weight: 1, first: i, last });
      hits.push({ signal: 'anger', weight: BOYCOTT_WEIGHT, first: i, last });
    };
    if (lang === 'ru' && t.norm === 'не' && next?.kind === 'word' && RU_BOYCOTT_NEGATED.test(next.norm)) boycott(i + 1);
    else if (lang === 'ru' && RU_BOYCOTT.test(t.norm)) boycott(i);
    else if (lang === 'fi' && (FI_BOYCOTT.test(t.norm) || (t.norm === 'vaihtakaa' && next && FI_SWITCH_WHAT.test(next.norm)))) boycott(i);
    else if (lang === 'fi' && t.norm === 'älkää' && next && FI_BOYCOTT_AFTER_NOT.test(next.norm)) boycott(i + 1);
    else if (lang === 'sv' && SV_BOYCOTT.has(t.norm) && next && (t.norm === 'bojkotta' || SV_BOYCOTT_WHAT.test(next.norm))) boycott(i + 1);
    else if (taken.has(i) && t.norm !== 'не') return;
    else if (lang === 'ru' && t.norm === 'не' && next?.kind === 'word' && /\p{L}{2,}(?:йте|ите)$/u.test(next.norm) && !taken.has(i + 1)) {
      hits.push({ signal: 'mobilise', weight: 1, first: i, last: i + 1 });
    } else if (lang === 'fi' && /^\p{L}{2,}[aälnshr](?:kaa|kää)$/u.test(t.norm)) {
      hits.push({ signal: 'mobilise', weight: 1, first: i, last: i });
    } else if (lang === 'sv' && /^\p{L}{3,}a$/u.test(t.norm) && next?.norm === 'inte' && t.wordInSentence === 0) {
      hits.push({ signal: 'mobilise', weight: 1, first: i, last: i + 1 });
    }
  });
  return hits;
}

function finnishQuestionHits(tokens: Token[], taken: Set<number>, questionMarked: Set<number>): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.wordInSentence !== 0 || taken.has(i) || FI_NOT_CLITIC.has(t.norm)) return;
    if (FI_QUESTION_CLITIC.test(t.norm)) {
      // Without "?" it still asks when it opens a post of one sentence ("Saako kaupassa maksaa kortilla").
      const alone = t.sentence === 0 && tokens[tokens.length - 1]!.sentence === 0;
      hits.push({ signal: 'question', weight: questionMarked.has(t.sentence) ? 1 : alone ? 0.8 : 0.5, first: i, last: i });
    }
  });
  return hits;
}

const POSITIVE_SIDE = new Set<Signal>(['positive', 'praise', 'thanks', 'works']);
const NEGATIVE_SIDE = new Set<Signal>(['negative', 'problem', 'anger', 'outage']);
const TROUBLE = new Set<Signal>(['negative', 'problem', 'anger', 'outage', 'sarcasm', 'leak']);
const CRISIS_CORE = new Set<Signal>(['anger', 'legal', 'leak', 'outage', 'press', 'harm']);
const MOBILISE_CAP = 0.8;
// "Not bad" on its own is enough to call a post praise.
const NOT_BAD = 1;
const AGAIN_ALONE = 1;
const HOW_MUCH = new Set(['paljonko', 'сколько']);
const SPREAD_CALL = 1.5;
const UNMET_WEIGHT = 0.3;
const UNMET_CAP = 0.6;

// Cues that carry their own negation ("не пожалел", "inte ångrat", "never regretted") are not
// negated again by a "ни разу" or "har" in front of them.
const NEGATED_ALREADY = new Set(['not', 'never', "haven't", "didn't", 'не', 'ни', 'ei', 'en', 'inte', 'aldrig']);
// A negator does not reach over "and": "utan nät och ingen bryr sig" negates only "nät".
const SCOPE_BREAK = new Set(['and', 'или', 'и', 'а', 'ja', 'sekä', 'och', 'samt', 'or', 'tai', 'eller']);

interface Negators {
  byLast: Map<number, Hit>;
  byFirst: Map<number, Hit>;
  /** Tokens of polar cues: a negator reaches the first of them only ("Not bad for the price"). */
  polar: Set<number>;
}

/** The negator in front of a cue (up to three words back, same clause), or right after it in Swedish. */
function negatorOf(tokens: Token[], hit: Hit, negators: Negators, lang: string): Hit | undefined {
  const clause = tokens[hit.first]!.clause;
  let words = 0;
  for (let i = hit.first - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.clause !== clause || SCOPE_BREAK.has(t.norm) || negators.polar.has(i)) break;
    const n = negators.byLast.get(i);
    if (n) return n;
    // "utan ett enda större fel": "a", "single", "had" between do not use up the reach.
    if (t.kind === 'word' && !NONE_WORDS.has(t.norm) && !NEVER_FILLER.has(t.norm) && ++words >= LOOKBACK) break;
  }
  // Swedish puts the negator after the verb: "funkar inte", "gillar inte".
  if (lang === 'sv' && POSITIVE_SIDE.has(hit.signal)) {
    const n = negators.byFirst.get(hit.last + 1);
    if (n && tokens[n.first]!.clause === clause) return n;
  }
  return undefined;
}

// Negators that deny any amount ("zero bugs", "ни одного сбоя", "utan ett enda fel"), unlike a
// plain "not" in front of a verb.
const NONE_WORDS = new Set(['zero', 'no', 'none', 'single', 'ни', 'одного', 'одной', 'единой', 'единого', 'единый', 'yhtään', 'ainuttakaan', 'ingen', 'inget', 'inga', 'enda', 'noll', 'nolla', 'ноль']);
// "without an appointment", "без записи", "ilman ajanvarausta", "utan tidsbokning": manner, not a missing thing.
const WITHOUT = new Set(['without', 'без', 'ilman', 'utan']);

// "Never had an issue", "Aldrig en miss", "ни разу не было проблем", "ei koskaan ongelmia":
// "never" with nothing but "had" and "a" before a trouble noun denies it as "zero" does.
const NEVER_WORDS = new Set(['never', 'aldrig', 'никогда', 'koskaan', 'kertaakaan', 'разу']);
const NEVER_FILLER = new Set(['a', 'an', 'had', 'have', 'has', 'any', 'one', 'en', 'ett', 'har', 'haft', 'hade', 'någon', 'något', 'några', 'не', 'было', 'были', 'ollut', 'ole', 'oo', 'ei', 'ни', 'ett', 'enda', 'single']);

function countsNone(tokens: Token[], negator: Hit, hit: Hit): boolean {
  for (let i = negator.first; i < hit.first; i++) if (NONE_WORDS.has(tokens[i]!.norm)) return true;
  if (!NEVER_WORDS.has(tokens[negator.last]!.norm) && !NEVER_WORDS.has(tokens[negator.first]!.norm)) return false;
  for (let i = negator.last + 1; i < hit.first; i++) if (!NEVER_FILLER.has(tokens[i]!.norm)) return false;
  return true;
}

function cueOf(text: string, tokens: Token[], hit: Hit, signal: string, weight: number): Cue {
  const start = tokens[hit.first]!.start;
  const end = tokens[hit.last]!.end;
  return { text: text.slice(start, end), signal, start, end, weight: Math.round(weight * 100) / 100 };
}

function contributions(signal: Signal, w: number): Omit<Evidence, 'cue'> {
  switch (signal) {
    case 'question':
    case 'help':
      return { intent: { question: w }, positive: 0, negative: 0 };
    case 'why':
      return { intent: { question: w }, positive: 0, negative: 0 };
    case 'problem':
      return { intent: { complaint: w }, positive: 0, negative: w };
    case 'praise':
    case 'thanks':
      return { intent: { praise: w }, positive: w, negative: 0 };
    case 'recommend':
    case 'buying':
    case 'price':
      return { intent: { buying: w }, positive: 0, negative: 0 };
    case 'anger':
      return { intent: { crisis: w, complaint: w * 0.3 }, positive: 0, negative: w };
    case 'legal':
      return { intent: { crisis: w }, positive: 0, negative: w * 0.5 };
    case 'press':
      return { intent: { crisis: w }, positive: 0, negative: w * 0.3 };
    case 'mobilise':
      return { intent: { crisis: w }, positive: 0, negative: 0 };
    case 'harm':
      return { intent: { crisis: w }, positive: 0, negative: w * 0.5 };
    case 'leak':
      return { intent: { crisis: w, complaint: w * 0.5 }, positive: 0, negative: w };
    case 'outage':
      return { intent: { crisis: w, complaint: w }, positive: 0, negative: w };
    case 'share':
    case 'news':
      return { intent: { other: w }, positive: 0, negative: 0 };
    case 'positive':
      return { intent: { praise: w * 0.3 }, positive: w, negative: 0 };
    case 'negative':
      return { intent: { complaint: w * 0.6 }, positive: 0, negative: w };
    case 'sarcasm':
      return { intent: { complaint: w }, positive: 0, negative: w };
    case 'again':
      return { intent: { complaint: w }, positive: 0, negative: w * 0.5 };
    case 'regression':
      return { intent: { complaint: w }, positive: 0, negative: w * 0.5 };
    default:
      return { intent: {}, positive: 0, negative: 0 };
  }
}

function group(hits: Hit[], key: (h: Hit) => number): Map<number, Hit[]> {
  const groups = new Map<number, Hit[]>();
  for (const h of hits) {
    const k = key(h);
    const list = groups.get(k);
    if (list) list.push(h);
    else groups.set(k, [h]);
  }
  return groups;
}

// Who the post is about when it is the writer: news told by someone it happened to is not news.
const FIRST_PERSON: Record<string, Set<string>> = {
  en: new Set(['i', "i'm", "i've", "i'd", 'me', 'my', 'mine', 'we', "we're", "we've", 'us', 'our']),
  ru: new Set(['я', 'мне', 'меня', 'мной', 'мой', 'моя', 'мою', 'мои', 'моё', 'мое', 'мы', 'нам', 'нас', 'наш', 'наша', 'наши', 'нашу']),
  fi: new Set(['minä', 'mä', 'mulle', 'mun', 'minun', 'minulle', 'minulla', 'me', 'meidän', 'meille', 'meillä', 'meitä']),
  sv: new Set(['jag', 'mig', 'mej', 'min', 'mitt', 'mina', 'vi', 'oss', 'vår', 'vårt', 'våra']),
};
const REPORTED = 0.3;
const IF_WORDS = new Set(['if', 'om', 'jos', 'если']);
// need, looking for, search: behöver, söker, letar, tarvitsee, etsii, нужен, ищет.
const NEED_WORDS = /^(?:need|needs|looking|searching|behöver|söker|letar|tarvits|tarvii|tarvitsee|etsi|etsii|etsit|нуж|ищет|ищете|ищешь)/u;
// "If you need to reset your Acme password…" gives a how-to, not a recommendation.
const NEED_TO = new Set(['to', 'att', 'help', 'hjälp', 'apua', 'помощь']);
const RECOMMENDS = 1.2;
// Verbs of mending in the past: fixed, repaired, replaced, sorted; fixade, lagade, ersatte;
// korjasi, hoiti, vaihtoivat; починил(и), исправил(и), заменил(и), устранил(и).
const MENDED = /^(?:fixed|repaired|replaced|sorted|mended|fixade|lagade|ersatte|åtgärdade|korjasi|korjas|hoiti|hoitivat|vaihtoi|vaihtoivat|починил|исправил|заменил|устранил)/u;
const MENDED_WEIGHT = 1;
// "thanks … for", "tack … för", "спасибо … за", "kiitos … että/siitä".
const THANKS_FOR = new Set(['for', 'för', 'за', 'että', 'siitä', 'kun']);
// "thanks for fixing the crash": the trouble thanked for was mended.
const FIXING = /^(?:fix|solv|sort|mend|repair|restor|löst|löste|fixa|åtgärd|korja|ratkai|почин|исправ|решил|решили|устран|восстанов)/u;
const POLAR = new Set<Signal>(['positive', 'negative', 'praise']);
const capitalised = (text: string, t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end));
/**
 * "Stark Bil", "Bright Dental", "Гранд Сервис": a one-word polar cue written with a capital beside
 * another capitalised word inside its sentence is part of a name, not a feeling about one.
 */
function partOfName(text: string, tokens: Token[], h: Hit): boolean {
  if (h.first !== h.last || !POLAR.has(h.signal)) return false;
  const t = tokens[h.first]!;
  // "Heja Foodora", "Hatunnosto Globexin", "Happy Friday": a sentence may open with praise of a name.
  if (!capitalised(text, t) || t.wordInSentence === 0) return false;
  const prev = tokens[h.first - 1];
  const next = tokens[h.first + 1];
  const beside = (n: Token | undefined): boolean => n !== undefined && n.sentence === t.sentence && capitalised(text, n);
  return beside(prev) || beside(next);
}

export function read(text: string, lang: string): Reading {
  const tokens = tokenize(text);
  const cueLang = cueLanguage(lang, text);
  const questionMarked = new Set<number>();
  const wordsIn: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'punct' && t.norm.includes('?')) questionMarked.add(t.sentence);
    if (t.kind === 'word') wordsIn[t.sentence] = (wordsIn[t.sentence] ?? 0) + 1;
  }
  let hits = findHits(tokens, lexiconFor(cueLang)).filter((h) => !partOfName(text, tokens, h));
  const taken = new Set(hits.map((h) => h.first));
  hits = hits.concat(punctHits(text, tokens, taken));
  if (cueLang === 'fi') hits = hits.concat(finnishQuestionHits(tokens, taken, questionMarked));
  hits = hits.concat(warningHits(tokens, cueLang, taken));
  const grudging = new Set(grudgingPraise(tokens, hits, cueLang));
  hits = hits.concat([...grudging]);
  hits.sort((a, b) => a.first - b.first);
  const sentenceOf = (h: Hit): number => tokens[h.first]!.sentence;
  // "fixed my broken zip", "hoiti putkivuodon", "починили сломанный замок": trouble someone mended
  // (first tokens of such hits) is praise of them, and no trouble for sarcasm to turn on.
  const mended = new Set<number>();
  for (const h of hits) {
    if (h.signal !== 'problem' && h.signal !== 'outage' && h.signal !== 'leak') continue;
    const t = tokens[h.first]!;
    for (let i = h.first - 1; i >= Math.max(0, h.first - 3); i--) {
      const b = tokens[i]!;
      if (b.clause !== t.clause) break;
      if (b.kind === 'word' && MENDED.test(b.norm)) {
        mended.add(h.first);
        break;
      }
    }
  }

  const lastSentence = tokens.length ? tokens[tokens.length - 1]!.sentence : 0;
  const cyrillicText = cueLang === 'ru';
  // "Har Ica Maxi öppet på midsommarafton", "Is ChatGPT Plus worth paying for…": an auxiliary
  // opening a one-sentence post before a name or a subject asks, "?" or not.
  const asksByOrder = (h: Hit): boolean => {
    const t = tokens[h.first]!;
    const next = tokens[h.last + 1];
    return h.signal === 'aux' && t.wordInSentence === 0 && t.sentence === 0 && lastSentence === 0 && (nameLike(text, next, cyrillicText) || SUBJECTS.has(next?.norm ?? ''));
  };
  const exclaimed = new Set(tokens.filter((t) => t.kind === 'punct' && t.norm.includes('!')).map((t) => t.sentence));
  const asking = new Set<number>();
  const sarcastic = new Set<number>();
  const literal = new Set<number>();
  const past = new Set<number>();
  const whySentences = new Set<number>();
  const whichSentences = new Set<number>();
  const choosing = new Set<number>();
  const negators: Negators = { byLast: new Map(), byFirst: new Map(), polar: new Set() };
  for (const h of hits) {
    // A verb ("привезли", "arrived") passes the negation on to its object: "ни разу не привезли просрочку".
    if ((POSITIVE_SIDE.has(h.signal) || NEGATIVE_SIDE.has(h.signal)) && h.signal !== 'works') for (let i = h.first; i <= h.last; i++) negators.polar.add(i);
  }
  // Per sentence: the smallest end and the largest start of its "but"s; per clause: the smallest
  // end of its "although"s.
  const contrastEnd = new Map<number, number>();
  const contrastStart = new Map<number, number>();
  const turnStart = new Map<number, number>();
  const concessionEnd = new Map<number, number>();
  // Sentences opened by "But", "Но", "Mutta", "Men": the sentence before them weighs less.
  const butOpens = new Set<number>();
  for (const h of hits) {
    const t = tokens[h.first]!;
    const s = t.sentence;
    const opensClause = !tokens[h.first - 1] || !wordBefore(tokens[h.first - 1]!);
    const opener = h.signal === 'opener' || h.signal === 'aux' || h.signal === 'which';
    if (h.signal === 'which' && opensClause) whichSentences.add(s);
    // "Which VPN doesn't get blocked by Netflix": a sentence opened by "which" asks, "?" or not
    // (not "Mikä päivä!").
    if (h.signal === 'which' && t.wordInSentence === 0 && !exclaimed.has(s)) asking.add(s);
    // "…перезвонила уточнить, дошли ли деньги.": a question word inside a statement asks nothing.
    const embedded = t.kind === 'word' && t.wordInSentence > 1 && !questionMarked.has(s);
    if ((h.signal === 'question' && !embedded) || (opener && opensClause && questionMarked.has(s))) asking.add(s);
    if (asksByOrder(h)) asking.add(s);
    if ((h.signal === 'help' || h.signal === 'why') && t.wordInSentence <= 2) asking.add(s);
    if (h.signal === 'sarcasm') sarcastic.add(s);
    if (h.signal === 'literal') literal.add(s);
    if (h.signal === 'past') past.add(s);
    if (h.signal === 'why' || h.signal === 'sarcasm') whySentences.add(s);
    if (h.signal === 'negation') {
      negators.byLast.set(h.last, h);
      negators.byFirst.set(h.first, h);
    }
    if (h.signal === 'contrast' && t.wordInSentence === 0) butOpens.add(s);
    if (h.signal === 'contrast') {
      contrastEnd.set(s, Math.min(contrastEnd.get(s) ?? Infinity, h.last));
      contrastStart.set(s, Math.max(contrastStart.get(s) ?? -1, h.first));
    }
    if (h.signal === 'contrast' || h.signal === 'concession') turnStart.set(s, Math.max(turnStart.get(s) ?? -1, h.first));
    if (h.signal === 'concession') concessionEnd.set(t.clause, Math.min(concessionEnd.get(t.clause) ?? Infinity, h.last));
  }
  const bySentence = group(hits, sentenceOf);
  // Trouble that stands: not negated ("no bugs"), or a "works" that is ("does not open", "ei aukea").
  const realTrouble = (a: Hit): boolean =>
    mended.has(a.first) ? false : a.signal === 'works' ? negatorOf(tokens, a, negators, cueLang) !== undefined : TROUBLE.has(a.signal) && !negatorOf(tokens, a, negators, cueLang);
  const sarcasmHits: Hit[] = [];
  const positiveWords = new Set(hits.filter((h) => POSITIVE_SIDE.has(h.signal) && h.first === h.last).map((h) => h.first));
  for (const h of hits) {
    if (!POSITIVE_SIDE.has(h.signal)) continue;
    const t = tokens[h.first]!;
    const s = t.sentence;
    if (t.kind === 'word' && quoted(text, t.start, tokens[h.last]!.end)) {
      sarcastic.add(s);
      sarcasmHits.push({ signal: 'sarcasm', weight: 1.2, first: h.first, last: h.last });
      continue;
    }
    // "Great, another update…", "Toppen, utloggad igen", "Шикарно: после обновления…": praise
    // opening a sentence, a pause, then trouble, "again" or "after the update", with no "but".
    if (t.wordInSentence <= 1) {
      let pause: Token | undefined;
      for (let i = h.last + 1; i < Math.min(tokens.length, h.last + 3) && !pause; i++) {
        if (tokens[i]!.kind === 'punct') pause = tokens[i];
      }
      const conceded = (turnStart.get(s) ?? -1) > h.last;
      // "Oh brilliant, they charged me for the order they cancelled. Again.": a short sentence
      // right after still belongs to the turn.
      // "Toppen, Acme. Nu startar appen inte alls": after praise that only hails a name, the next
      // sentence is what it is about, however long.
      const hailOnly = (wordsIn[s] ?? 0) <= 3;
      const next = (wordsIn[s + 1] ?? 0) <= 3 || hailOnly ? (bySentence.get(s + 1) ?? []) : [];
      const own = [...bySentence.get(s)!, ...next];
      const turnAt = own.find((a) => a.first > h.last && (a.signal === 'again' || a.signal === 'regression' || realTrouble(a)));
      // "Hats off: I reported a bug yesterday and the fix is out today" ends well: not sarcasm.
      // …and "Clear, honest about bugs": a list of praise before the trouble word is not sarcasm either.
      const endsWell =
        turnAt !== undefined &&
        bySentence.get(s)!.some((a) => a !== h && (a.first > turnAt.last || a.first < turnAt.first) && POSITIVE_SIDE.has(a.signal));
      if (pause && /^[,:—–-]$/u.test(pause.norm) && !conceded && turnAt && !endsWell) {
        sarcastic.add(s);
        sarcasmHits.push({ signal: 'sarcasm', weight: 1.2, first: h.first, last: h.last });
        continue;
      }
    }
    // "…ilman mitään tiedotusta. Loistavaa palvelua": a short praise-only sentence right after trouble.
    if (s === 0 || sarcastic.has(s) || (wordsIn[s] ?? 0) > 4 || questionMarked.has(s)) continue;
    const own = bySentence.get(s)!;
    const before = bySentence.get(s - 1) ?? [];
    // …or closing a post that had trouble earlier: "…доступ к файлам. Сколько, не говорят. Отлично, просто отлично."
    const closing = s === tokens[tokens.length - 1]!.sentence;
    const earlier = closing ? hits.filter((a) => tokens[a.first]!.sentence < s) : before;
    const troubled = earlier.some((a) => a.signal === 'again' || realTrouble(a)) && !earlier.some((a) => POSITIVE_SIDE.has(a.signal));
    const plain = own.every((a) => POSITIVE_SIDE.has(a.signal));
    const turned = contrastEnd.has(s - 1) || contrastEnd.has(s);
    if (troubled && plain && !turned) {
      sarcastic.add(s);
      sarcasmHits.push({ signal: 'sarcasm', weight: 1.2, first: h.first, last: h.last });
    }
  }
  // "thanks Acme for eating my thesis 👍 great start", "tack Telia för att nätet dog… perfekt timing":
  // thanks for trouble, with more praise after it, is sarcasm, the thanks and the praise alike.
  for (const h of hits) {
    if (h.signal !== 'thanks' || sarcastic.has(tokens[h.first]!.sentence)) continue;
    const s = tokens[h.first]!.sentence;
    const forAt = tokens.findIndex((t, i) => i > h.last && i <= h.last + 4 && t.sentence === s && THANKS_FOR.has(t.norm));
    if (forAt < 0) continue;
    const trouble = (bySentence.get(s) ?? []).find((a) => a.first > forAt && realTrouble(a));
    if (!trouble) continue;
    const between = tokens.slice(forAt + 1, trouble.first);
    if (between.some((t) => FIXING.test(t.norm)) || (bySentence.get(s) ?? []).some((a) => a !== h && a.first > h.last && a.first < trouble.first && POSITIVE_SIDE.has(a.signal))) continue;
    const after = hits.filter((a) => a.first > trouble.last && (a.signal === 'praise' || a.signal === 'positive'));
    if (after.length === 0) continue;
    for (const a of [h, ...after]) {
      sarcastic.add(tokens[a.first]!.sentence);
      sarcasmHits.push({ signal: 'sarcasm', weight: 1.2, first: a.first, last: a.last });
    }
  }
  // "cool cool cool", "супер-супер-супер": the same praise word three times running is sarcasm.
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.norm === tokens[i - 1]!.norm && t.norm === tokens[i - 2]!.norm && positiveWords.has(i)) {
      sarcastic.add(t.sentence);
      sarcasmHits.push({ signal: 'sarcasm', weight: 1.2, first: i - 2, last: i });
    }
  }
  hits = hits.concat(sarcasmHits);
  // Scare quotes that do not already hold a praise word (made sarcasm above).
  const scare = scareQuoteHits(text, tokens, questionMarked).filter((q) => !hits.some((h) => h.first >= q.first && h.first <= q.last && (POSITIVE_SIDE.has(h.signal) || h.signal === 'problem')));
  const scared = new Set(scare);
  hits = hits.concat(scare);
  const hasTrouble = hits.some((h) => TROUBLE.has(h.signal));
  // "Everyone", "thousands", "share this" spread a crisis only when something angry, legal,
  // leaked or down is there to spread, and never add more than MOBILISE_CAP.
  const spreads = hits.some((h) => h.signal === 'mobilise' && h.weight >= 1); // "RT", "репост", "jakakaa", "sprid"
  // Two calls on the public ("Varning! … Logga inte in via länken.") warn of something even unnamed.
  const strongCalls = hits.filter((h) => h.signal === 'mobilise' && h.weight >= 1).length;
  const hasCrisisCore = hits.some((h) => CRISIS_CORE.has(h.signal)) || (hasTrouble && spreads);
  let mobilised = 0;
  const postAsks = questionMarked.size > 0 || hits.some((h) => h.signal === 'question' || h.signal === 'help' || asksByOrder(h) || (h.signal === 'choice' && tokens[h.first]!.wordInSentence <= 1));
  const buyingTalk = hits.some((h) => h.signal === 'buying' || h.signal === 'choice');
  const sharing = hits.some((h) => h.signal === 'share');
  let topics = 0;

  // The first contrast followed, later in the post, by a clear wish to buy or switch.
  const turns = hits.filter((h) => h.signal === 'contrast');
  const seekingAfter = turns.find((c) => hits.some((h) => h.signal === 'buying' && h.weight >= CLEAR_BUY && h.first > c.last))?.first;
  // "If you need a plumber in Leeds, Bob is your guy", "Om nån behöver en elektriker: Blixten":
  // a post that opens on someone's need, asks nothing and names who to go to recommends them.
  const conditionalNeed =
    questionMarked.size === 0 &&
    IF_WORDS.has(tokens.find((t) => t.kind === 'word')?.norm ?? '') &&
    tokens.some((t, i) => t.sentence === 0 && t.clause === tokens[0]!.clause && NEED_WORDS.test(t.norm) && !NEED_TO.has(tokens[i + 1]?.norm ?? ''));
  const howMuch = new Set(tokens.filter((t) => t.kind === 'word' && HOW_MUCH.has(t.norm)).map((t) => t.sentence));
  const pieces: Piece[] = [];
  const usedNegators = new Set<Hit>();
  for (const h of hits) {
    const t = tokens[h.first]!;
    let signal = h.signal;
    let label: string = scared.has(h) ? 'in quotes' : signal;
    let weight = h.weight;
    let span = h;
    // "the new DJ thing is actually kinda great?? did not expect…": "??" after praise is emphasis.
    if (signal === 'question' && t.kind === 'punct') {
      const own = bySentence.get(t.sentence) ?? [];
      const asks = own.some((a) => a.signal === 'opener' || a.signal === 'aux' || a.signal === 'which' || a.signal === 'help' || (a.signal === 'question' && a !== h));
      if (!asks && own.some((a) => a.signal === 'praise' && a.first < h.first)) weight *= 0.3;
    }
    if (grudging.has(h)) {
      pieces.push({ hit: h, signal: 'praise', label: 'not the best, but', weight: h.weight });
      continue;
    }
    if (signal === 'opener' || signal === 'aux' || signal === 'which') {
      const prev = tokens[h.first - 1];
      if (prev && wordBefore(prev)) continue;
      // Without a "?" an opening "Har…", "Is…" is as often a clipped statement as a question, and
      // "…, как мы выросли" is a statement.
      // …unless it opens a one-sentence post and a name or a subject follows: "Har Ica Maxi öppet på
      // midsommarafton", "Does anybody know…", "Is the Tesco on Mill Road open".
      const byOrder = asksByOrder(h);
      if (!questionMarked.has(t.sentence) && (signal === 'aux' || t.wordInSentence > 0) && !byOrder) weight *= 0.5;
      if (byOrder) weight = Math.max(weight, 0.8);
      signal = 'question';
      label = 'question';
    } else if (signal === 'question' && t.kind === 'word' && t.wordInSentence > 1 && !questionMarked.has(t.sentence)) {
      // "…siitä, miten yritykset vastaavat": a question word inside a statement.
      weight *= 0.5;
    }
    if (signal === 'topic' || signal === 'literal') topics++;
    const modifier = signal === 'negation' || signal === 'contrast' || signal === 'concession' || signal === 'past';
    if (modifier || signal === 'literal' || signal === 'topic') continue;
    if (signal === 'choice') {
      // "Notion or Obsidian for a PhD thesis": two names opening a sentence ask to choose, "?" or not.
      if (!asking.has(t.sentence) && t.wordInSentence > 1) continue;
      signal = 'buying';
    }
    if (signal === 'anger' && literal.has(t.sentence)) continue;
    // "…tyhjensi ostoskorin kesken tilauksen. Taas.", "Again.", "Опять.": "again" said on its own.
    if (signal === 'again' && wordsIn[t.sentence] === 1) weight = Math.max(weight, AGAIN_ALONE);
    if (signal === 'mobilise' && h.weight >= 1 && (hasTrouble || strongCalls >= 2)) {
      // "Share this!", "Распространите", "Levittäkää", "Dela!" after trouble: a call to spread it.
      weight = SPREAD_CALL;
    } else if (signal === 'mobilise') {
      if (!hasCrisisCore || mobilised >= MOBILISE_CAP) continue;
      weight = Math.min(weight, MOBILISE_CAP - mobilised);
      mobilised += weight;
    }
    // "…compared to X", "people using Y" in a post that asks nothing is discussion, not shopping.
    // Requests ("посоветуйте", "suggestions", weighted 1.3 and up) ask by themselves.
    if (signal === 'buying' && !postAsks && h.weight < 1.3) weight *= 0.5;
    if (signal === 'price' && !asking.has(t.sentence)) continue;
    // "Paljonko tuollainen setti maksaa?", "Сколько этот тариф стоит?": how much…, with the verb of
    // costing further on, asks a price as "how much is" does.
    if (signal === 'price' && howMuch.has(t.sentence)) weight = Math.max(weight, 1);
    // "…принимают подпись для подачи в суд?": a court or a newspaper inside a plain question is its topic.
    if ((signal === 'legal' || signal === 'press') && asking.has(t.sentence) && !hasTrouble) weight *= 0.3;
    // "…recalls the 2023 model, per the regulator's notice": a regulator named in news.
    if (signal === 'legal' && !hasTrouble && sharing && !spreads) weight *= 0.3;
    // "…the one time I need help with a billing mistake…": a request word inside a statement.
    if (signal === 'help' && t.wordInSentence > 2 && !questionMarked.has(t.sentence)) weight *= 0.5;
    // "…stackable with the family plan? ty", "…? Kiitos jo etukäteen": thanks that close a question are manners.
    if (signal === 'thanks' && (wordsIn[t.sentence] ?? 0) <= 3 && questionMarked.has(t.sentence - 1)) {
      weight *= 0.2;
      label = 'polite thanks';
    }
    if (signal === 'recommend') {
      // "Moved from X to Y? … not sure it's worth it": deliberation, not a verdict.
      signal = asking.has(t.sentence) || (postAsks && buyingTalk) ? 'recommend' : 'praise';
      label = signal;
    }
    if ((signal === 'praise' || signal === 'positive') && past.has(t.sentence)) {
      label = `past ${signal}`;
      signal = 'problem';
      weight *= 0.6;
    }
    // Sarcasm colours its sentence and its neighbours ("Love getting 14 emails a day. Truly living the dream.").
    const nearSarcasm = sarcastic.has(t.sentence) || sarcastic.has(t.sentence - 1) || sarcastic.has(t.sentence + 1);
    if (POSITIVE_SIDE.has(signal) && nearSarcasm) {
      label = `sarcastic ${signal}`;
      signal = 'sarcasm';
      weight *= 0.6;
    } else if ((POSITIVE_SIDE.has(signal) || NEGATIVE_SIDE.has(signal)) && t.kind === 'word' && !NEGATED_ALREADY.has(t.norm)) {
      const negator = negatorOf(tokens, h, negators, cueLang);
      if (negator) usedNegators.add(negator);
      if (negator) {
        span = { ...h, first: Math.min(h.first, negator.first), last: Math.max(h.last, negator.last) };
        label = `negated ${signal}`;
        if (signal === 'works') signal = 'problem';
        else if (signal === 'praise' || signal === 'thanks') {
          // "Not happy with", "not impressed", "inte nöjd": a verdict, so a complaint.
          signal = 'problem';
          weight *= 0.9;
        } else if (POSITIVE_SIDE.has(signal)) {
          signal = 'negative';
          weight *= 0.9;
        } else if (signal === 'anger') {
          // "not a scam": the cue is cancelled, not turned into praise.
          weight = 0;
        } else if (signal === 'outage' || (signal === 'problem' && countsNone(tokens, negator, h))) {
          // "zero downtime", "ни одного сбоя", "ilman ainuttakaan vikaa", "utan ett enda fel".
          signal = 'praise';
          weight *= 0.9;
        } else if (signal === 'problem') {
          // "didn't crash" says little; the cue is cancelled.
          weight = 0;
        } else {
          // "not bad", "неплохо" said with two words, "ei hassumpi", "inte dåligt": praise, if mild.
          signal = 'praise';
          weight = Math.max(weight, NOT_BAD);
        }
      }
    }
    // What follows "but" weighs more, what precedes it less; a concession clause weighs less.
    if ((contrastEnd.get(t.sentence) ?? Infinity) < h.first) weight *= 1.5;
    else if ((contrastStart.get(t.sentence) ?? -1) > h.last) weight *= 0.7;
    if ((concessionEnd.get(t.clause) ?? Infinity) < h.first) weight *= 0.5;
    if (butOpens.has(t.sentence + 1)) weight *= 0.7;
    // "Really happy with Acme for accounting, but now need something for inventory": praise before
    // a turn to looking for something else is why they ask, not what they post.
    if ((signal === 'praise' || signal === 'positive') && seekingAfter !== undefined && h.last < seekingAfter) weight *= 0.5;
    // "Which grocery delivery is least terrible?", "Какой каршеринг выгоднее?": judging options.
    const judging = signal === 'positive' || signal === 'negative' || signal === 'praise' || signal === 'anger';
    if (judging && whichSentences.has(t.sentence) && asking.has(t.sentence) && !choosing.has(t.sentence)) {
      choosing.add(t.sentence);
      pieces.push({ hit: h, signal: 'buying', label: 'which is better', weight: 1 });
    }
    // Asking whether something is good is not saying it is.
    if (asking.has(t.sentence) && (signal === 'positive' || signal === 'praise')) weight *= 0.4;
    pieces.push({ hit: span, signal, label, weight, calm: asking.has(t.sentence) && !whySentences.has(t.sentence) });
  }

  // "Какой телефон взять до 30 тысяч?", "Vilken mobil ska jag köpa?", "Which one should I buy?":
  // which-question with a verb of buying or choosing.
  // First buying verb and first "or" of each sentence, in one pass.
  const buyVerbAt = new Map<number, number>();
  const orAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    if (BUY_VERBS_OF[cueLang]?.has(t.norm) && !buyVerbAt.has(t.sentence)) buyVerbAt.set(t.sentence, i);
    if (OR_WORDS.has(t.norm) && !orAt.has(t.sentence)) orAt.set(t.sentence, i);
  });
  for (const s of whichSentences) {
    if (!asking.has(s) || choosing.has(s)) continue;
    const at = buyVerbAt.get(s) ?? -1;
    if (at < 0) continue;
    choosing.add(s);
    pieces.push({ hit: { signal: 'buying', weight: 1, first: at, last: at }, signal: 'buying', label: 'which to buy', weight: 1 });
  }

  // "Ska jag välja fast eller rörligt?", "Renew Adobe or move to Affinity?": "or" in a question
  // that already weighs a purchase offers the options to choose from.
  const decided = new Set<number>();
  const choiceSentences = new Set(hits.filter((c) => c.signal === 'choice').map((c) => tokens[c.first]!.sentence));
  for (const h of hits) {
    const s = tokens[h.first]!.sentence;
    const strong = (h.signal === 'buying' || h.signal === 'recommend') && h.weight >= CLEAR_BUY && !OR_WORDS.has(tokens[h.first]!.norm);
    if (decided.has(s) || !asking.has(s) || !strong) continue;
    const or = orAt.get(s) ?? -1;
    if (or < 0 || choiceSentences.has(s)) continue;
    decided.add(s);
    pieces.push({ hit: { signal: 'buying', weight: EITHER_OR, first: or, last: or }, signal: 'buying', label: 'either or', weight: EITHER_OR });
  }

  // "Still no desk", "eikä seuranta ole liikahtanut", "ingen sa ett ord": in a statement, a "not"
  // that negates no cue of ours mostly reports something that did not happen. A little complaint.
  let unmet = 0;
  for (const h of hits) {
    if (h.signal !== 'negation' || usedNegators.has(h) || unmet >= UNMET_CAP || WITHOUT.has(tokens[h.first]!.norm)) continue;
    const s = tokens[h.first]!.sentence;
    if (asking.has(s) || questionMarked.has(s) || sarcastic.has(s)) continue;
    if ((bySentence.get(s) ?? []).some((a) => POSITIVE_SIDE.has(a.signal) || grudging.has(a))) continue;
    const w = Math.min(UNMET_WEIGHT, UNMET_CAP - unmet);
    unmet += w;
    pieces.push({ hit: h, signal: 'problem', label: 'did not happen', weight: w });
  }
  if (conditionalNeed && tokens.some((t, i) => i > 0 && t.wordInSentence > 0 && nameLike(text, t, cyrillicText, tokens[i - 1]))) {
    const first = tokens.findIndex((t) => t.kind === 'word');
    for (const p of pieces) if (p.signal === 'buying' || p.signal === 'question') p.weight *= 0.3;
    pieces.push({ hit: { signal: 'praise', weight: RECOMMENDS, first, last: first }, signal: 'praise', label: 'recommends', weight: RECOMMENDS });
  }
  for (const p of pieces) {
    if (mended.has(p.hit.first) && (p.signal === 'problem' || p.signal === 'outage' || p.signal === 'leak')) {
      p.signal = 'praise';
      p.label = `mended ${p.label}`;
      p.weight = MENDED_WEIGHT;
    }
  }
  const evidence: Evidence[] = [];
  const intent: Record<Intent, number> = { question: 0, complaint: 0, praise: 0, buying: 0, crisis: 0, other: 0 };
  let positive = 0;
  let negative = 0;
  const complaintBeforeWhy = pieces.some((p) => p.signal === 'problem' || p.signal === 'negative' || p.signal === 'sarcasm');
  // "Hooli's CEO steps down after its worst quarter", "Глобекс получил штраф…, пишут СМИ": business
  // news told in the third person, by no one it happened to, asking nothing and calling on no one,
  // is news: its trouble and its praise words describe the company, not the writer's feeling.
  const reported =
    pieces.some((p) => p.signal === 'news') &&
    !postAsks &&
    strongCalls === 0 &&
    !tokens.some((t) => t.kind === 'word' && (FIRST_PERSON[cueLang]?.has(t.norm) ?? false));
  if (reported) {
    for (const p of pieces) {
      if (p.signal !== 'news' && p.signal !== 'share') p.weight *= REPORTED;
    }
  } else if (strongCalls === 0 && opensAsOpinion(tokens)) {
    for (const p of pieces) {
      if (p.signal !== 'share') p.weight *= OPINED;
    }
  }
  for (const p of pieces) {
    const c = contributions(p.signal, p.weight);
    // "How long are deleted files kept before they disappear?": trouble words in a plain question
    // name its topic. Rhetorical entries ("how many times…", weighted 1.2 and up) keep their weight.
    if (p.calm && p.signal === 'problem' && p.hit.weight < 1.2 && c.intent.complaint) c.intent.complaint *= 0.5;
    if (p.signal === 'why' && complaintBeforeWhy) {
      c.intent.complaint = p.weight;
      c.negative = p.weight * 0.5;
    }
    for (const [k, v] of Object.entries(c.intent) as [Intent, number][]) intent[k] += v;
    if (p.calm) c.negative *= 0.4;
    positive += c.positive;
    negative += c.negative;
    evidence.push({ cue: cueOf(text, tokens, p.hit, p.label, p.weight), ...c });
  }
  const names = tokens.filter((t, i) => t.wordInSentence > 0 && (t.norm.startsWith('@') || nameLike(text, t, cyrillicText, tokens[i - 1]))).length;
  return { text, lang, evidence, intent, positive, negative, asks: asking.size > 0, topics, names };
}

let last: Reading | undefined;

/** The reading of this text, reused when both classifiers ask about the same post in a row. */
export function readCached(text: string, lang: string): Reading {
  if (last && last.text === text && last.lang === lang) return last;
  last = read(text, lang);
  return last;
}
