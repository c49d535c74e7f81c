// Finnish nominal inflection by generation: every stem a word can take (strong and weak grade,
// singular and plural, -nen/-us/-as/-in/-e types, loan words ending in a consonant) and every
// ending that can follow (case × possessive suffix × clitic). A text word matches when it splits
// into one of the stems plus one of the endings. Over-generation is deliberate: an unusual
// stem+ending string is very rarely a different real word, while a missed form loses a mention.

const VOWEL = /[aeiouyäö]/;

const CASES = [
  '', 'n', 't', 'a', 'ä', 'ta', 'tä', 'tta', 'ttä', 'na', 'nä', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä',
  'lta', 'ltä', 'lle', 'ksi', 'ne', 'en', 'in', 'den', 'ten', 'tten', 'iden', 'itten', 'an', 'on', 'un',
  'yn', 'än', 'ön', 'han', 'hen', 'hin', 'hon', 'hun', 'hyn', 'hän', 'hön', 'seen', 'siin', 'sen', 'ja', 'jä',
];
const POSSESSIVES = ['', 'ni', 'si', 'mme', 'nne', 'nsa', 'nsä', 'an', 'än', 'en', 'in', 'on', 'un', 'yn', 'ön'];
const CLITICS = ['', 'kin', 'kaan', 'kään', 'ko', 'kö', 'pa', 'pä', 'han', 'hän', 's'];

let endings: Set<string> | undefined;
export let FINNISH_MAX_ENDING = 0;

export function finnishEndings(): Set<string> {
  if (endings) return endings;
  endings = new Set();
  for (const c of CASES) {
    for (const p of POSSESSIVES) {
      // a possessive replaces a final -n/-t of the case ending
      const base = p !== '' && (c === 'n' || c === 't') ? '' : c;
      for (const k of CLITICS) {
        const e = base + p + k;
        endings.add(e);
        if (e.length > FINNISH_MAX_ENDING) FINNISH_MAX_ENDING = e.length;
      }
    }
  }
  return endings;
}

const WEAKEN: [string, string][] = [
  ['kk', 'k'], ['pp', 'p'], ['tt', 't'], ['nk', 'ng'], ['mp', 'mm'], ['nt', 'nn'], ['lt', 'll'], ['rt', 'rr'],
  ['ht', 'hd'], ['lk', 'l'], ['rk', 'r'], ['hk', 'h'], ['k', ''], ['p', 'v'], ['t', 'd'],
];
const STRENGTHEN: [string, string][] = [
  ['ng', 'nk'], ['mm', 'mp'], ['nn', 'nt'], ['ll', 'lt'], ['rr', 'rt'], ['k', 'kk'], ['p', 'pp'], ['t', 'tt'],
  ['d', 't'], ['v', 'p'],
];

/** Weak-grade variants of a stem ending in a vowel: "kauppa" → "kaupa", "katu" → "kadu". */
function weaken(stem: string): string[] {
  const out: string[] = [];
  const last = stem.length - 1;
  if (last < 2 || !VOWEL.test(stem[last] ?? '')) return out;
  const body = stem.slice(0, last);
  for (const [strong, weak] of WEAKEN) {
    if (!body.endsWith(strong)) continue;
    const before = body.slice(0, body.length - strong.length);
    if (before === '' || !/[aeiouyäölrnmh]$/.test(before)) continue;
    // a single consonant weakens only after a vowel or h: "lika" → "lia" but not "kalpa" → "kala"
    if (strong.length === 1 && !/[aeiouyäöh]$/.test(before) && !(strong === 'k' && /[lr]$/.test(before))) continue;
    out.push(before + weak + stem[last]);
    if (strong.length === 2) break;
  }
  return out;
}

/** Strong-grade variants of a stem ending in a consonant cluster: "asiak" → "asiakk". */
function strengthen(stem: string): string[] {
  const out = [stem];
  for (const [weak, strong] of STRENGTHEN) {
    if (stem.endsWith(weak) && VOWEL.test(stem[stem.length - weak.length - 1] ?? '')) {
      out.push(stem.slice(0, stem.length - weak.length) + strong);
      break;
    }
  }
  return out;
}

/** Every stem a Finnish noun, adjective or name can take before an ending. */
export function finnishStems(word: string): string[] {
  const w = word;
  const out = new Set<string>([w]);
  const add = (...stems: string[]) => {
    for (const s of stems) if (s.length >= 2) out.add(s);
  };
  const n = w.length;
  const last = w[n - 1] ?? '';
  if (n < 3) return [...out];
  if (w.endsWith('nen')) {
    const r = w.slice(0, n - 3);
    add(`${r}se`, `${r}s`, `${r}si`);
  } else if (/[aeiouyäö]s$/.test(w)) {
    const v = w[n - 2] ?? '';
    const r = w.slice(0, n - 2);
    if (/[uyoö]/.test(v)) add(`${r}${v}kse`, `${r}${v}ksi`, `${r}${v}de`, `${r}${v}t`, `${r}${v}ks`);
    for (const strong of strengthen(r)) add(`${strong}${v}${v}`, `${strong}${v}i`, `${strong}${v}`);
    add(`${w}i`);
  } else if (w.endsWith('in') && !VOWEL.test(w[n - 3] ?? '')) {
    const r = w.slice(0, n - 1);
    add(`${r}me`, `${r}mi`, `${w}i`);
  } else if (!VOWEL.test(last)) {
    add(`${w}i`, `${w}e`);
  }
  if (VOWEL.test(last)) {
    const weak = weaken(w);
    add(...weak);
    const body = w.slice(0, n - 1);
    if (last === 'a' || last === 'ä') {
      const o = last === 'a' ? 'o' : 'ö';
      for (const s of [w, ...weak]) {
        const b = s.slice(0, s.length - 1);
        add(`${b}i`, `${b}${o}i`, `${b}${o}j`, `${b}j`);
      }
    } else if (last === 'e') {
      add(`${w}e`, `${w}i`, `${w}j`, `${w}it`);
      for (const strong of strengthen(body)) add(`${strong}ee`, `${strong}ei`);
    } else if (last === 'i') {
      for (const s of [w, ...weak]) {
        const b = s.slice(0, s.length - 1);
        add(`${b}e`, `${b}ei`, `${b}ej`, `${b}ie`);
      }
    } else {
      for (const s of [w, ...weak]) add(`${s}i`, `${s}j`);
    }
  }
  return [...out];
}
