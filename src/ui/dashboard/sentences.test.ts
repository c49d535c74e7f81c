import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../core/coach/messages';
import { OUTCOME_RESULTS } from '../../core/journal';
import { INTENTS } from '../../core/model';
import { detectSpikes, emptyTally, mentionSeries } from '../../core/metrics/mentions';
import { giveAskResult } from '../../core/metrics/give-ask';
import { listenSpeakResult } from '../../core/metrics/listen-speak';
import { draftChecksResult } from '../../core/metrics/draft-checks';
import { formatters } from './format';
import { RANGE_PRESETS } from './filters';
import { LANGS, messages, translator } from './locale-test-helpers';
import { draftChecksText, giveAskText, listenSpeakText, mentionsText, nameOf, spikeText } from './sentences';

/** Every message key the dashboard can ask for: literal t('…') calls plus the ids it builds keys from. */
function keysUsed(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(match[1] ?? '');
        for (const match of readFileSync(path, 'utf8').matchAll(/'(dash[A-Za-z0-9]+)'/g)) keys.add(match[1] ?? '');
      }
    }
  };
  walk(__dirname);
  const ids = (prefix: string, list: readonly string[]) => list.forEach((id) => keys.add(`${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`));
  ids('rule', RULE_IDS);
  ids('outcome', [...OUTCOME_RESULTS, 'pending']);
  ids('intent', [...INTENTS, 'unknown']);
  ids('band', ['top', 'middle', 'occasional']);
  ids('trend', ['improving', 'worsening', 'steady', 'unknown']);
  ids('dashRange', RANGE_PRESETS);
  ids('dashSpike', ['mentions', 'negative', 'complaint', 'question', 'crisis', 'praise', 'buying']);
  ids('dashImport', ['empty', 'truncated', 'foreign', 'damaged']);
  keys.add('popupDashboard');
  return keys;
}

describe('dashboard strings', () => {
  it('exist in all four languages with the same placeholders', () => {
    const used = keysUsed();
    expect(used.size).toBeGreaterThan(150);
    const english = messages('en');
    for (const key of used) {
      expect(key, 'message names allow letters, digits and _ only').toMatch(/^[A-Za-z0-9_]+$/);
      const placeholders = (english[key]?.message.match(/\$\d/g) ?? []).sort().join();
      for (const lang of LANGS) {
        const entry = messages(lang)[key];
        expect(entry?.message, `${lang}: ${key}`).toBeTruthy();
        expect((entry?.message.match(/\$\d/g) ?? []).sort().join(), `${lang}: ${key}`).toBe(placeholders);
      }
    }
  });
});

const DAY0 = Math.floor(Date.UTC(2025, 1, 24) / 86_400_000);

/** Acme complaints: 2 a day for a week, then 6 on Tuesday 4 March 2025. */
function complaintSpike() {
  const tallies = Array.from({ length: 9 }, (_, i) => {
    const tally = emptyTally(DAY0 + i, 'x', 'Acme');
    const count = i === 8 ? 6 : 2;
    tally.total = count;
    tally.intent.complaint = count;
    tally.sentiment.negative = count;
    return tally;
  });
  const series = mentionSeries(tallies);
  return { series, spikes: detectSpikes(series, { window: 7 }).filter((s) => s.measure === 'complaint') };
}

describe('what the charts mean, in four languages', () => {
  it('calls out a spike in words ("complaints about Acme tripled on Tuesday")', () => {
    const { series, spikes } = complaintSpike();
    expect(spikes).toHaveLength(1);
    const spike = spikes[0]!;
    expect(spikeText(spike, translator('en'), formatters('en'))).toBe(
      'Complaints about Acme tripled on Tuesday, March 4, 2025: 6, against about 2 a day the week before.',
    );
    expect(spikeText(spike, translator('ru'), formatters('ru'))).toBe(
      'Жалобы на «Acme» выросли втрое — вторник, 4 марта 2025 г.: 6 против примерно 2 в день неделей раньше.',
    );
    expect(spikeText(spike, translator('fi'), formatters('fi'))).toBe(
      '”Acme”: valitukset kolminkertaistuivat tiistaina 4. maaliskuuta 2025: 6, kun edellisellä viikolla noin 2 päivässä.',
    );
    expect(spikeText(spike, translator('sv'), formatters('sv'))).toBe(
      'Klagomål på Acme tredubblades – tisdag 4 mars 2025: 6, mot ungefär 2 om dagen veckan innan.',
    );
    expect(mentionsText(series, spikes, translator('en'), formatters('en'))[0]).toBe(
      'Mentions of your watch items: 22, of them negative: 100%.',
    );
  });

  it('says a spike from nothing "appeared", and larger ones by their factor', () => {
    const spike = { label: 'Globex', measure: 'crisis' as const, day: DAY0 + 8, count: 6, baseline: 0, factor: Infinity, sentence: '' };
    expect(spikeText(spike, translator('en'), formatters('en'))).toBe('Angry posts about Globex appeared on Tuesday, March 4, 2025: 6, after none the week before.');
    const big = { ...spike, baseline: 1.2, factor: 6.7, count: 8 };
    expect(spikeText(big, translator('sv'), formatters('sv'))).toContain('blev 7 gånger fler');
    expect(spikeText(big, translator('ru'), formatters('ru'))).toContain('выросли в 7 раз');
  });

  it('judges listen:speak against the target and notes the trend', () => {
    const weeks = new Map([
      [DAY0 - 14, { listened: 4, spoke: 4 }],
      [DAY0 - 7, { listened: 9, spoke: 3 }],
    ]);
    const value = listenSpeakResult(weeks, 3);
    expect(listenSpeakText(value, translator('en'), formatters('en'))).toEqual([
      'You listened to 1.9 posts for every reply. Aim for 3 or more: hear more people out before you speak.',
      'Lately you listen more for each reply.',
    ]);
    expect(listenSpeakText(value, translator('fi'), formatters('fi'))[0]).toContain('Kuunneltuja viestejä vastausta kohden: 1,9.');
    const quiet = listenSpeakResult(new Map([[DAY0, { listened: 12, spoke: 0 }]]), 3);
    expect(listenSpeakText(quiet, translator('ru'), formatters('ru'))[0]).toBe(
      'Выслушано постов без ответа: 12. Слушать — это и есть работа; ответ подождёт, пока вам будет чем помочь.',
    );
  });

  it('explains give:ask with the 9:1 rule of thumb', () => {
    const low = giveAskResult(10, 4, new Map([['own-link', 4]]), 9);
    const [verdict, rule] = giveAskText(low, translator('en'), formatters('en'));
    expect(verdict).toBe('2.5 helpful replies for each ask, below 9: answer more questions with nothing in return before the next link.');
    expect(rule).toContain('about 9 replies that help and ask nothing');
    expect(giveAskText(giveAskResult(19, 2, new Map(), 9), translator('sv'), formatters('sv'))[0]).toBe(
      '9,5 hjälpsamma svar för varje gång du bad om något: inom tumregeln.',
    );
    expect(nameOf(translator('fi'), 'askCue', 'own-link')).toBe('Linkki omalle sivustolle');
    expect(nameOf(translator('fi'), 'askCue', 'calendar-invite')).toBe('calendar-invite');
  });

  it('names the rule that fires most and whether it fires less', () => {
    const checks = new Map([
      [DAY0 - 14, 10],
      [DAY0 - 7, 10],
    ]);
    const fired = new Map([['hard-sell', new Map([[DAY0 - 14, 6], [DAY0 - 7, 1]])]]);
    const summary = draftChecksResult(checks, fired);
    expect(draftChecksText(summary, translator('en'), formatters('en'))).toEqual([
      '“Hard sell” fired most: on 35% of 20 checked drafts.',
      'It fires less often lately.',
      'Good looks like every rule firing less as the weeks go by.',
    ]);
    expect(draftChecksText(summary, translator('ru'), formatters('ru'))[0]).toBe(
      'Чаще всего срабатывало «Навязчивая продажа»: на 35\u00a0% из 20 проверенных черновиков.',
    );
  });
});
