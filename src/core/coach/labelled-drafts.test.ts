import { describe, expect, it } from 'vitest';
import { RULE_IDS } from './messages';
import { evaluate, loadLabelled, LABELLED_LANGS, type LabelledDraft } from './labelled-drafts';

const byLang = Object.fromEntries(LABELLED_LANGS.map((lang) => [lang, loadLabelled(lang)])) as Record<(typeof LABELLED_LANGS)[number], LabelledDraft[]>;

describe('labelled drafts', () => {
  it('has at least 25 drafts per language, many of them good', () => {
    for (const lang of LABELLED_LANGS) {
      expect(byLang[lang].length).toBeGreaterThanOrEqual(25);
      expect(byLang[lang].filter((d) => d.fire.length === 0).length).toBeGreaterThanOrEqual(12);
      for (const d of byLang[lang]) for (const rule of d.fire) expect(RULE_IDS).toContain(rule);
    }
  });

  for (const lang of LABELLED_LANGS) {
    it(`every rule that must fire is covered in ${lang}`, () => {
      const covered = new Set(byLang[lang].flatMap((d) => d.fire));
      for (const rule of RULE_IDS) expect(covered.has(rule), rule).toBe(true);
    });
  }

  it('reaches the recall and false-alarm floors per rule', () => {
    const rows: Record<string, string | number>[] = [];
    const all = LABELLED_LANGS.map((lang) => ({ lang, result: evaluate(byLang[lang], lang) }));
    for (const rule of RULE_IDS) {
      const per = all.map(({ result }) => result.scores.find((s) => s.rule === rule)!);
      const positives = per.reduce((n, s) => n + s.positives, 0);
      const hits = per.reduce((n, s) => n + s.hits, 0);
      const negatives = per.reduce((n, s) => n + s.negatives, 0);
      const falseAlarms = per.reduce((n, s) => n + s.falseAlarms, 0);
      rows.push({ rule, positives, recall: +(hits / positives).toFixed(3), negatives, falseAlarms, falseAlarmRate: +(falseAlarms / negatives).toFixed(3) });
    }
    console.log('\nDraft checker on the labelled drafts (all four languages):');
    console.table(rows);
    const misses = all.flatMap(({ result }) => result.misses);
    const alarms = all.flatMap(({ result }) => result.falseAlarms);
    if (misses.length + alarms.length > 0) console.log('missed:', misses.join(', ') || '-', '\nfalse alarms:', alarms.join(', ') || '-');
    for (const row of rows) {
      expect(row.recall as number, `${row.rule} recall`).toBeGreaterThanOrEqual(0.9);
      expect(row.falseAlarmRate as number, `${row.rule} false alarms`).toBeLessThanOrEqual(0.05);
    }
    // Good drafts pass cleanly: no finding at all.
    const good = LABELLED_LANGS.flatMap((lang) => byLang[lang].filter((d) => d.fire.length === 0).map((d) => ({ d, lang })));
    const noisy = good.filter(({ d, lang }) => evaluate([d], lang).falseAlarms.length > 0).map(({ d }) => d.id);
    expect(noisy).toEqual([]);
  });
});
