// Content words and the stem overlap that tells whether a draft picks up what the person said.
import { foldForCompare, words, type Span } from './text';

const STOPWORDS = new Set(
  [
    // en
    'the a an and or but if then so of to in on at by for with from into about as is are was were be been being am do does did done have has had',
    'i me my mine we us our ours you your yours he him his she her they them their it its this that these those there here what which who whom',
    'how why when where will would can could should shall may might must not no yes just also very really too more most some any all each every',
    'than out up down over again once only own same such get got one two hi hey hello thanks thank please sorry dear let lets im ive youre dont',
    'cant wont isnt arent doesnt didnt its thats theres whats hows well okay ok sure still even much many lot lots now today',
    // ru
    'и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему',
    'теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где',
    'есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем',
    'ним здесь этом один почти мой тем чтобы нее кажется сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над',
    'больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой',
    'им более всегда конечно всю между это спасибо привет здравствуйте пожалуйста ваш ваша ваше ваши наш наша наше наши мой свой очень',
    // fi
    'ja on ei se että mutta kun niin tämä olen oli voi myös hei mitä miten minä sinä hän te me he jos vielä kanssa ole tai kuin nyt vain onko',
    'mikä voit sen siitä tässä tuo meillä teillä sinulla minulla olla ovat olet olette olemme oli ollut joka jotka mitä kaikki mutta koska',
    'jo siis sitten sekä eli tämän tätä näin noin aina ehkä vaan kiitos moi moikka terve kyllä joo sinun minun meidän teidän heidän hänen',
    'se sitä siinä niitä ne nämä kuitenkin vielä enää jotain joku mitään missä milloin miksi kuka',
    // sv
    'och är det att som en ett på för med inte jag du vi har kan av till om men så den hej tack vad hur också här när ni din ditt dina era',
    'vår vårt våra mig dig oss er från var vara blir bli har hade ska skulle kunde kan kanske bara mycket lite nu då sedan eller alla',
    'någon något några inget ingen de dem deras hans hennes sin sitt sina man jo ja nej hallå tja',
  ]
    .join(' ')
    .split(/\s+/),
);

// Words that appear in every customer-care reply and so show nothing about this post.
const GENERIC = new Set(
  [
    'reach reaching reached feedback inconvenience apologize apologise apologies help helps helping happy glad great love team support',
    'customer customers contact dm message experience question questions issue issues problem problems concern concerns value appreciate',
    'post share sharing mention shoutout day week tuned service priority seriously hear touch assist welcome anytime awesome amazing',
    'обращение обращения отзыв отзыва мнение важно извинения неудобства поддержку поддержки службу помочь рады связи вопрос вопросы',
    'проблема проблемы пост отличный ценим день команда клиент клиентов',
    'yhteydenotosta palautteesta palautettasi palaute haittaa asiakaspalvelu asiakaspalveluun asiakaspalveluumme auttamassa autamme',
    'mielellämme kysymys postaus päivänjatkoa tärkeää vakavasti tiimi ongelma',
    'feedback feedbacken besväret kundtjänst kundtjänsten hjälpa hjälper gärna fråga inlägg dag allvar prioritet team problem',
  ]
    .join(' ')
    .split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(foldForCompare(word).replace(/['’]/g, ''));
}

/** Words that carry meaning: not stopwords, not customer-care filler, not the given names. */
export function contentWords(text: string, exclude: ReadonlySet<string> = new Set()): Span[] {
  const parts = words(text).flatMap((w) => {
    if (!/[-]/.test(w.text)) return [w];
    let offset = w.start;
    return w.text.split('-').map((part) => {
      const span = { text: part, start: offset, end: offset + part.length };
      offset += part.length + 1;
      return span;
    });
  });
  return parts.filter((w) => {
    const f = foldForCompare(w.text);
    if (f.length < 3 || /^\p{N}+$/u.test(f)) return false;
    if (STOPWORDS.has(f.replace(/['’]/g, '')) || GENERIC.has(f) || exclude.has(f)) return false;
    return true;
  });
}

/** Stem sets of a text, for the prefix comparison in `sharedWords`. */
export interface StemIndex {
  short: Set<string>;
  p4: Set<string>;
  p5: Set<string>;
}

export function stemIndex(spans: readonly Span[]): StemIndex {
  const index: StemIndex = { short: new Set(), p4: new Set(), p5: new Set() };
  for (const s of spans) {
    const f = foldForCompare(s.text);
    if (f.length <= 4) index.short.add(f);
    if (f.length >= 4) index.p4.add(f.slice(0, 4));
    if (f.length >= 5) index.p5.add(f.slice(0, 5));
  }
  return index;
}

/** Draft words that share a stem with the indexed text (first five letters, or a short word as a prefix). */
export function sharedWords(draft: readonly Span[], index: StemIndex): Span[] {
  return draft.filter((s) => {
    const f = foldForCompare(s.text);
    if (f.length >= 5) return index.p5.has(f.slice(0, 5)) || index.short.has(f.slice(0, 4)) || index.short.has(f.slice(0, 3));
    if (f.length === 4) return index.p4.has(f) || index.short.has(f) || index.short.has(f.slice(0, 3));
    return index.short.has(f) || index.p4.has(f);
  });
}

/** Lower-cased words of names (organisation, products, persona) to leave out of the overlap. */
export function nameWords(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of words(n)) out.add(foldForCompare(w.text));
  return out;
}
