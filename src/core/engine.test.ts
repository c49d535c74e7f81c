import { describe, expect, it } from 'vitest';
import demoPlaybook from './demo-playbook.json';
import { createEngine } from './engine';
import { parsePlaybook } from './playbook';

function demoEngine() {
  const parsed = parsePlaybook(demoPlaybook);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return createEngine(parsed.playbook);
}

describe('Engine.analyzeIfMatched', () => {
  const engine = demoEngine();

  it('gives the full analysis of a watched post, the same as analyze', () => {
    for (const text of [
      'Is there a way to export everything from Acme Notes to Markdown? Asking before we switch.',
      'Кто-нибудь переезжал с Globex на Акме? Стоит оно того или нет?',
      'Onko kenelläkään kokemusta Acme Notesin jakamisesta tiimin kesken? Meillä synkka takkuaa.',
      'Vår anteckningsapp kraschar varje gång jag öppnar den i mobilen, någon som vet varför?',
    ]) {
      const analysis = engine.analyzeIfMatched(text);
      expect(analysis, text).not.toBeNull();
      expect(analysis).toEqual(engine.analyze(text));
      expect(analysis?.labels.length).toBeGreaterThan(0);
    }
  });

  it('gives nothing for a post the watch list does not match', () => {
    for (const text of [
      'Finally finished the bookshelf. Two weekends, one bruised thumb, zero regrets.',
      'Сегодня в Питере снова дождь, но кофе на Рубинштейна всё искупает.',
      'Mökillä satoi koko viikonlopun, mutta sauna lämpeni silti.',
      'Någon som vet om Pressbyrån vid Centralen har öppet på juldagen?',
    ]) {
      expect(engine.analyze(text).labels).toEqual([]);
      expect(engine.analyzeIfMatched(text)).toBeNull();
    }
  });
});
