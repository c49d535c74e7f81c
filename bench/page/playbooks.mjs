// The two watch lists of the page benchmark: 10 terms (a small brand) and 1,000 terms (an agency
// watching many brands). Both are valid playbooks (src/core/playbook.ts); both watch Acme, Acme
// Notes and Globex, so the same posts match, and the big one adds 990 made-up product names in
// Latin and Cyrillic script, single words and two-word names, that appear in no post.

const persona = { name: 'Sam', role: 'Community manager', organization: 'Acme', affiliated: true, disclosure: 'I work at Acme.' };
const LANGS = ['en', 'ru', 'fi', 'sv'];

const CORE = [
  { label: 'Acme', kind: 'brand', terms: ['Acme', '@acmecorp', '#acmecloud', 'AcmeCloud'], exclude: ['acme anvil'], langs: LANGS },
  { label: 'Acme Notes', kind: 'product', terms: ['Acme Notes', 'AcmeNotes'], langs: LANGS },
  { label: 'Globex', kind: 'competitor', terms: ['Globex', 'Глобекс'], langs: LANGS },
  { label: 'Note-taking', kind: 'topic', terms: ['notes app', 'muistiinpanosovellus'], langs: LANGS },
];

export function smallPlaybook() {
  const playbook = { hearken: 1, name: 'Bench: 10 terms', persona, watch: CORE, templates: [], sites: {} };
  const terms = playbook.watch.reduce((n, item) => n + item.terms.length, 0);
  if (terms !== 10) throw new Error(`the small watch list has ${terms} terms, not 10`);
  return playbook;
}

const LATIN = ['vel', 'mo', 'ra', 'quin', 'tor', 'sa', 'lu', 'ne', 'brix', 'ka', 'do', 'fen', 'zu', 'pal', 'ori', 'tes'];
const CYRILLIC = ['вел', 'мо', 'ра', 'кин', 'тор', 'са', 'лу', 'не', 'брикс', 'ка', 'до', 'фен'];
const SECOND = ['Sync', 'Cloud', 'Desk', 'Pay', 'Flow', 'Docs', 'Mail', 'Labs'];

/** Made-up, deterministic, distinct product names. */
function madeUpNames(count) {
  const names = new Set();
  for (let i = 0; names.size < count; i += 1) {
    const cyrillic = i % 4 === 3;
    const parts = cyrillic ? CYRILLIC : LATIN;
    const a = parts[i % parts.length];
    const b = parts[Math.floor(i / parts.length) % parts.length];
    const c = parts[Math.floor(i / (parts.length * parts.length)) % parts.length];
    let word = `${a}${b}${i % 3 === 0 ? c : ''}`;
    word = word[0].toUpperCase() + word.slice(1);
    if (i % 5 === 1) word = `${word} ${SECOND[i % SECOND.length]}`;
    names.add(word);
  }
  return [...names];
}

export function bigPlaybook() {
  const names = madeUpNames(990);
  const kinds = ['brand', 'product', 'competitor', 'topic'];
  const extra = [];
  for (let i = 0; i < 10; i += 1) {
    extra.push({ label: `Portfolio ${i + 1}`, kind: kinds[i % kinds.length], terms: names.slice(i * 99, (i + 1) * 99), langs: LANGS });
  }
  const playbook = { hearken: 1, name: 'Bench: 1,000 terms', persona, watch: [...CORE, ...extra], templates: [], sites: {} };
  const terms = playbook.watch.reduce((n, item) => n + item.terms.length, 0);
  if (terms !== 1000) throw new Error(`the big watch list has ${terms} terms, not 1000`);
  return playbook;
}
