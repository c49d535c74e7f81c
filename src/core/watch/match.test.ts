import { describe, expect, it } from 'vitest';
import { createWatcher } from '../engine';
import type { WatchItem } from '../playbook';

type Item = Partial<WatchItem> & { terms: string[] };

function find(items: Item | Item[], text: string, lang?: string) {
  const list = (Array.isArray(items) ? items : [items]).map((item, i) => ({ label: `L${i}`, kind: 'brand' as const, ...item }));
  const result = createWatcher({ watch: list })(text, lang ? { lang } : undefined);
  for (const m of result.matches) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return result;
}
const surfaces = (items: Item | Item[], text: string, lang?: string) => find(items, text, lang).matches.map((m) => m.surface);

describe('the issue example', () => {
  it('finds four mentions for handle, tag, domain and plain word, none twice', () => {
    const text = 'Thanks @acmecorp! Loving #AcmeCloud, though acme.com was down. ACME rocks.';
    const { matches, labels } = find({ label: 'Acme', terms: ['Acme', '@acmecorp', '#acmecloud', 'acme.com'] }, text);
    expect(matches.map((m) => [m.term, m.surface, m.start, m.end])).toEqual([
      ['@acmecorp', '@acmecorp', 7, 16],
      ['#acmecloud', '#AcmeCloud', 25, 35],
      ['acme.com', 'acme.com', 44, 52],
      ['Acme', 'ACME', 63, 67],
    ]);
    expect(matches.every((m) => m.label === 'Acme')).toBe(true);
    expect(labels).toEqual(['Acme']);
  });
});

describe('Russian cases and numbers', () => {
  it('"социальные сети" finds "социальных сетях", "блог" finds "блоге" and "блогов"', () => {
    const text = 'Я уже десять лет пишу о социальных сетях в своём блоге и читаю десятки чужих блогов.';
    expect(surfaces({ terms: ['социальные сети', 'блог'] }, text)).toEqual(['социальных сетях', 'блоге', 'блогов']);
  });
  it('finds the brand in Cyrillic in any case, but not a different word built on it', () => {
    const text = 'Поддержка Глобекса молчит третий день, а у Глобекс есть хоть кто-то живой? Глобексовцы, ау!';
    expect(surfaces({ terms: ['Глобекс'] }, text)).toEqual(['Глобекса', 'Глобекс']);
    expect(surfaces({ terms: ['блог'] }, 'Известный блогер снова всех удивил.')).toEqual([]);
  });
  it('keeps ё distinct from е unless folding is asked for', () => {
    const text = 'Мы всё проверили, но все ошибки остались.';
    expect(surfaces({ terms: ['всё'] }, text)).toEqual(['всё']);
    const folded = createWatcher({ watch: [{ label: 'x', kind: 'topic', terms: ['всё'] }] }, { foldYo: true })(text);
    expect(folded.matches.map((m) => m.surface)).toEqual(['всё', 'все']);
  });
});

describe('Finnish cases, possessives and compounds', () => {
  it('"markkinoija" finds "markkinoijan" and "markkinoijat" but not "markkinoinnin"', () => {
    const text = 'Jokainen markkinoija tietää tämän. Markkinoijan arki on kiireistä, ja markkinoijat väsyvät. Markkinoinnin budjetti pieneni taas.';
    expect(surfaces({ terms: ['markkinoija'] }, text)).toEqual(['markkinoija', 'Markkinoijan', 'markkinoijat']);
  });
  it('follows consonant gradation and -nen / -us stems', () => {
    const text = 'Sosiaalisessa mediassa kaikki valittavat, kun kaupan muistiinpanosovelluksessa on taas vikaa.';
    expect(surfaces({ terms: ['sosiaalinen media', 'kauppa', 'muistiinpanosovellus'] }, text)).toEqual([
      'Sosiaalisessa mediassa',
      'kaupan',
      'muistiinpanosovelluksessa',
    ]);
  });
  it('finds possessive and clitic forms of a name', () => {
    const text = 'Onko kukaan muu huomannut, että Acmen sovellus kaatuu? Acmekin myönsi vian, ja Acmessa on kuulemma kiire.';
    expect(surfaces({ terms: ['Acme'] }, text)).toEqual(['Acmen', 'Acmekin', 'Acmessa']);
  });
  it('a name of four letters or more opens a compound', () => {
    const text = 'Acme-tuki vastasi nopeasti, ja Acmetiimi lupasi korjauksen ensi viikolla.';
    expect(surfaces({ terms: ['Acme'] }, text)).toEqual(['Acme', 'Acmetiimi']);
  });
});

describe('Swedish definite, plural, genitive and compounds', () => {
  it('"sociala medier" finds "sociala medierna"', () => {
    const text = 'Hur mycket påverkar egentligen sociala medierna valrörelsen i år?';
    expect(surfaces({ terms: ['sociala medier'] }, text)).toEqual(['sociala medierna']);
  });
  it('"Obama" is found in "Obamakampanjen" and in the genitive', () => {
    const text = 'Obamakampanjen var först med att använda nätet på riktigt, och Obamas tal delades överallt.';
    expect(surfaces({ terms: ['Obama'] }, text)).toEqual(['Obamakampanjen', 'Obamas']);
  });
  it('short all-capital terms match only in capitals with their endings, never inside words', () => {
    const text = 'Vi pratar om PR:en och om PR-byrån vi anlitade, men inte om problem med pr. IBM:s svar dröjde.';
    expect(surfaces({ terms: ['PR', 'IBM'] }, text)).toEqual(['PR:en', 'PR', 'IBM:s']);
  });
  it('"rea" does not fire inside "reagera" or "area"', () => {
    const text = 'Hur ska man reagera när hela area-siffran är fel? Sommarrean börjar i morgon.';
    expect(surfaces({ terms: ['rea'] }, text)).toEqual([]);
  });
});

describe('English plural and possessive', () => {
  it('finds "Acme\'s" and "Acmes" and never a word inside another word', () => {
    const text = "Acme's new phone is out. Two Acmes on my desk. I drink Snapple and eat pineapple.";
    expect(surfaces({ terms: ['Acme', 'Apple'] }, text)).toEqual(["Acme's", 'Acmes']);
  });
  it('does not stem beyond plurals: "notion" does not find "notional"', () => {
    expect(surfaces({ terms: ['Notion'] }, 'A notional amount, paid via Notion.')).toEqual(['Notion']);
  });
  it('English text gets no compounds', () => {
    expect(surfaces({ terms: ['Acme'] }, 'The acmecorp account posted again today, as usual.')).toEqual([]);
  });
});

describe('handles, tags, domains', () => {
  it('matches a handle exactly, a tag in any case, a domain and its subdomains only', () => {
    const text = 'Ping @AcmeCorp and @acmecorp_help about #ACMECLOUD: status.acme.com says fine, notacme.com and acme.com.evil.org do not count.';
    expect(surfaces({ terms: ['@acmecorp', '#acmecloud', 'acme.com'] }, text)).toEqual(['@AcmeCorp', '#ACMECLOUD', 'status.acme.com']);
  });
});

describe('aliases, exclude, query, languages', () => {
  it('aliases across scripts are more terms', () => {
    const text = 'Twitter опять упал, а в Твиттере все молчат.';
    expect(surfaces({ terms: ['Twitter', 'Твиттер'] }, text)).toEqual(['Twitter', 'Твиттере']);
  });
  it('exclude phrases (with inflection) suppress only the occurrences inside them', () => {
    const text = 'Acme anvils are heavy, but Acme support answered within minutes.';
    const r = find({ terms: ['Acme'], exclude: ['acme anvil'] }, text);
    expect(r.matches.map((m) => m.start)).toEqual([27]);
    expect(find({ terms: ['Acme'], exclude: ['acme anvil'] }, 'My Acme anvil fell.').labels).toEqual([]);
  });
  it('a query decides whether the post matches; terms decide the highlights', () => {
    const item = { terms: ['Acme'], query: 'acme AND (outage OR "is down") NOT anvil' };
    expect(find(item, 'Acme is down again and nobody answers.').labels).toEqual(['L0']);
    expect(find(item, 'Acme is great today.').labels).toEqual([]);
    expect(find(item, 'Acme is great today.').matches).toEqual([]);
    expect(find(item, 'Another Acme outage, my anvil order is stuck.').labels).toEqual([]);
    const near = { terms: ['Acme'], query: 'acme NEAR/2 down' };
    expect(find(near, 'Acme went down at noon.').matches.map((m) => m.surface)).toEqual(['Acme']);
    expect(find(near, 'Acme is not what I expected, and then my router went down.').labels).toEqual([]);
  });
  it('query words are inflected like terms (Finnish)', () => {
    const item = { terms: ['Acme'], query: 'acme AND (vika OR katko)' };
    expect(find(item, 'Acmen palvelussa on taas katkoja, eikä kukaan vastaa.').labels).toEqual(['L0']);
  });
  it('posts in other languages get exact words only', () => {
    const item = { terms: ['Acme', 'markkinoija'] };
    expect(surfaces(item, 'Acme ist super, die Markkinoijan-Sache verstehe ich nicht.', 'de')).toEqual(['Acme']);
  });
  it('labels follow the playbook order and every label matches on its own', () => {
    const r = find([{ terms: ['Acme'] }, { terms: ['Acme Notes'] }], 'I switched to Acme Notes last week.');
    expect(r.labels).toEqual(['L0', 'L1']);
  });
});
