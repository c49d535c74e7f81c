// Splits a post into word, punctuation and emoji tokens with UTF-16 offsets, plus sentence and
// clause numbers, in one pass of a Unicode-aware regular expression (no \b or \w).

export type TokenKind = 'word' | 'punct' | 'emoji';

export interface Token {
  /** Lower-cased; ё read as е and ’ as ' (only for our own lexicon lookups). */
  norm: string;
  /** norm without a hashtag's #. */
  bare: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Sentences end at . ! ? … and line breaks. */
  sentence: number;
  /** Clauses also end at , ; : and dashes. */
  clause: number;
  /** Index of this token among the word tokens of its sentence (0 = first word). */
  wordInSentence: number;
}

// Words may carry a leading @ or # (handles, hashtags) and inner apostrophes (don't, it's);
// hyphens split words. "/s" is the sarcasm tag of forums.
const TOKEN_RE =
  /([@#]?[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*(?:['’][\p{L}\p{M}]+)*)|(\p{Extended_Pictographic})|\/s(?![\p{L}\p{N}])|[.!?…]+|[,;:—–]|\s-\s|\n/gu;

function normalise(raw: string): string {
  let s = raw.toLowerCase();
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  if (s.includes('’')) s = s.replace(/’/g, "'");
  return s;
}

const SENTENCE_END = /^[.!?…]+$|^\n$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let wordInSentence = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      const norm = normalise(raw);
      tokens.push({
        norm,
        bare: norm.charCodeAt(0) === 35 /* # */ ? norm.slice(1) : norm,
        kind: 'word',
        start,
        end: start + raw.length,
        sentence,
        clause,
        wordInSentence: wordInSentence++,
      });
      continue;
    }
    if (m[2] !== undefined) {
      tokens.push({ norm: raw, bare: raw, kind: 'emoji', start, end: start + raw.length, sentence, clause, wordInSentence });
      continue;
    }
    const punct = raw.trim() || raw;
    // A dot inside "acme.com" or "v2.1" is not a sentence end: require space or end of text after it.
    const endsSentence =
      SENTENCE_END.test(punct) && (punct !== '.' || start + 1 >= text.length || /\s/u.test(text[start + 1]!));
    tokens.push({ norm: punct, bare: punct, kind: 'punct', start, end: start + raw.length, sentence, clause, wordInSentence });
    clause++;
    // "?\n" or "!!! " ends one sentence, not two.
    if (endsSentence && wordInSentence > 0) {
      sentence++;
      wordInSentence = 0;
    }
  }
  return tokens;
}
