import { describe, expect, it } from 'vitest';
import demoPlaybook from '../core/demo-playbook.json';
import { createEngine } from '../core/engine';
import { parsePlaybook } from '../core/playbook';
import { PageEngine } from './page-engine';

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

describe('PageEngine', () => {
  it('matches posts before the classifier is loaded, and says which need it', () => {
    const engine = new PageEngine(demo());
    expect(engine.ready).toBe(false);
    for (const text of WATCHED) expect(engine.watch(text).labels.length, text).toBeGreaterThan(0);
    for (const text of UNWATCHED) expect(engine.analyzeIfMatched(text), text).toBeNull();
    expect(() => engine.analyze(WATCHED[0] as string)).toThrow(/not loaded/);
    expect(engine.ready).toBe(false);
  });

  it('once loaded, analyses as the full engine does', async () => {
    const engine = new PageEngine(demo());
    await engine.load();
    expect(engine.ready).toBe(true);
    const full = createEngine(demo());
    for (const text of WATCHED) expect(engine.analyzeIfMatched(text)).toEqual(full.analyze(text));
    for (const text of UNWATCHED) expect(engine.analyze(text)).toEqual(full.analyze(text));
  });
});
