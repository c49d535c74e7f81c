import { describe, expect, it } from 'vitest';
import demoPlaybook from '../core/demo-playbook.json';
import { createEngine } from '../core/engine';
import { parsePlaybook } from '../core/playbook';
import { MAX_UNDERSTAND_CHARS, MAX_UNDERSTAND_POSTS } from '../messaging/protocol';
import { classifyHere } from '../testing/classify-here';
import { PageEngine, type ClassifyMany } from './page-engine';

function demo() {
  const parsed = parsePlaybook(demoPlaybook);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.playbook;
}

const WATCHED = [
  'Does Acme Notes sync offline edits once I am back online, or do I have to keep the app open?',
  'Перешли с Globex на Акме, пока всё нравится, но экспорт в PDF кривой.',
  'Acme Notes kaatuu aina kun avaan ison muistion. Onko muilla sama ongelma?',
  'Finns det någon bra anteckningsapp som funkar offline? Globex kostar skjortan.',
];
const UNWATCHED = [
  'Two weekends, one bruised thumb, and the bookshelf finally stands.',
  'В Питере опять дождь, зато кофе на Рубинштейна спасает.',
];

/** The classifier in place, noting what it was asked, request by request. */
function recording() {
  const requests: { text: string; lang: string }[][] = [];
  const classify: ClassifyMany = (posts) => {
    requests.push(posts);
    return classifyHere(posts);
  };
  return { requests, classify };
}

describe('PageEngine', () => {
  it('matches posts on the page without asking the classifier', () => {
    const { requests, classify } = recording();
    const engine = new PageEngine(demo(), classify);
    for (const text of WATCHED) expect(engine.watch(text).labels.length, text).toBeGreaterThan(0);
    for (const text of UNWATCHED) expect(engine.watch(text).labels, text).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('asks about the texts read close together in one request and analyses as the full engine does', async () => {
    const { requests, classify } = recording();
    const engine = new PageEngine(demo(), classify);
    const full = createEngine(demo());
    const first = engine.analyze(WATCHED[0]!);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const analyses = await Promise.all([first, ...[...WATCHED.slice(1), ...UNWATCHED].map((text) => engine.analyze(text))]);
    expect(requests).toHaveLength(1);
    expect(analyses).toEqual([...WATCHED, ...UNWATCHED].map((text) => full.analyze(text)));
  });

  it('splits a big batch into requests the worker accepts, and judges a long text by its start', async () => {
    const { requests, classify } = recording();
    const engine = new PageEngine(demo(), classify);
    const long = `${WATCHED[0]} ${'word '.repeat(MAX_UNDERSTAND_CHARS)}`;
    await Promise.all(Array.from({ length: MAX_UNDERSTAND_POSTS + 1 }, () => engine.analyze(long)));
    expect(requests.map((batch) => batch.length)).toEqual([MAX_UNDERSTAND_POSTS, 1]);
    expect(requests[1]![0]!.text).toHaveLength(MAX_UNDERSTAND_CHARS);
  });

  it('says so when the classifier cannot answer, or answers about the wrong number of texts', async () => {
    const down = new PageEngine(demo(), () => Promise.reject(new Error('worker gone')));
    await expect(down.analyze(WATCHED[0]!)).rejects.toThrow('worker gone');
    const short = new PageEngine(demo(), async () => []);
    await expect(short.analyze(WATCHED[0]!)).rejects.toThrow(/told about 0/);
  });
});
