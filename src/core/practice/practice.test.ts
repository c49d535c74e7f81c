import { describe, expect, it } from 'vitest';
import { bundledPacks } from './bundled';
import { courseOf } from './course';
import { parseScenarioPack, parseScenarioPackJson, PRACTICE_LANGS, SCENARIO_KINDS } from './scenario-pack';
import { scoreAttempt } from './score';

const packs = bundledPacks();
const all = packs.flatMap((pack) => pack.scenarios.map((scenario) => ({ pack, scenario })));
const find = (id: string) => {
  const found = all.find((entry) => entry.scenario.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

describe('bundled scenario packs', () => {
  it.each(PRACTICE_LANGS)('%s has at least 8 scenarios covering every kind, written in that language', (lang) => {
    const pack = packs.find((p) => p.scenarios[0]?.lang === lang);
    expect(pack).toBeDefined();
    expect(pack!.scenarios.length).toBeGreaterThanOrEqual(8);
    expect(pack!.scenarios.every((s) => s.lang === lang)).toBe(true);
    expect(new Set(pack!.scenarios.map((s) => s.kind))).toEqual(new Set(SCENARIO_KINDS));
    // The how-to happens on a forum, the comparison on Reddit, praise somewhere on LinkedIn.
    expect(pack!.scenarios.some((s) => s.kind === 'how-to' && s.site === 'forum')).toBe(true);
    expect(pack!.scenarios.some((s) => s.kind === 'comparison' && s.site === 'reddit')).toBe(true);
    expect(pack!.scenarios.some((s) => s.kind === 'praise' && s.site === 'linkedin')).toBe(true);
    expect(pack!.scenarios.some((s) => s.kind === 'complaint' && s.site === 'x')).toBe(true);
  });

  it('has unique ids and every thread has replies to open', () => {
    const ids = all.map((e) => e.scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(all.filter((e) => e.scenario.expert.reply).map((e) => [e.scenario.id, e] as const))('the expert reply of %s passes every skill', (_id, { pack, scenario }) => {
    const feedback = scoreAttempt(scenario, pack.persona, { readWholeThread: true, need: scenario.need, draft: scenario.expert.reply! });
    expect(feedback.skills.filter((s) => !s.passed)).toEqual([]);
    expect(feedback.score).toBe(100);
  });
});

describe('scoreAttempt', () => {
  it('explains what a hasty, selling, undisclosed reply missed', () => {
    const { pack, scenario } = find('en-battery-complaint');
    const feedback = scoreAttempt(scenario, pack.persona, {
      readWholeThread: false,
      need: 'recommendation',
      draft: 'Acme Notes is the best notes app! Use promo code SAVE20 for 20% off and DM us.',
    });
    const bySkill = Object.fromEntries(feedback.skills.map((s) => [s.skill, s]));
    expect(bySkill.listened).toMatchObject({ passed: false, reason: 'skipped-replies' });
    expect(bySkill.need).toMatchObject({ passed: false, reason: 'wrong-need' });
    expect(bySkill['no-selling']).toMatchObject({ passed: false, reason: 'sold' });
    expect(bySkill.disclosed).toMatchObject({ passed: false, reason: 'not-disclosed' });
    expect(bySkill.length).toMatchObject({ passed: true });
    expect(feedback.score).toBeLessThan(40);
  });

  it('scores holding back as the right move where no reply is best, and a reply there as a miss', () => {
    for (const id of ['en-x-no-reply', 'ru-x-no-reply', 'fi-reddit-no-reply', 'sv-reddit-no-reply']) {
      const { pack, scenario } = find(id);
      const silent = scoreAttempt(scenario, pack.persona, { readWholeThread: true, need: 'nothing', draft: '' });
      expect(silent.score).toBe(100);
      const pushy = scoreAttempt(scenario, pack.persona, { readWholeThread: true, need: 'answer', draft: 'Try Acme Notes!' });
      expect(pushy.skills.find((s) => s.skill === 'answered')).toMatchObject({ passed: false, reason: 'replied-when-not-needed' });
      expect(pushy.score).toBeLessThan(70);
    }
  });

  it('counts silence as a miss where a reply was needed', () => {
    const { pack, scenario } = find('fi-crash-complaint');
    const feedback = scoreAttempt(scenario, pack.persona, { readWholeThread: true, need: 'help', draft: '' });
    expect(feedback.skills.find((s) => s.skill === 'answered')).toMatchObject({ passed: false, reason: 'stayed-silent' });
  });

  it('flags a reply too long for X', () => {
    const { pack, scenario } = find('sv-login-complaint');
    const draft = `${scenario.expert.reply!} ${scenario.expert.reply!}`;
    const feedback = scoreAttempt(scenario, pack.persona, { readWholeThread: true, need: 'help', draft });
    expect(feedback.skills.find((s) => s.skill === 'length')).toMatchObject({ passed: false, reason: 'too-long' });
  });
});

describe('scenario pack files', () => {
  it('refuses a bad pack with the path of each problem', () => {
    const pack = structuredClone(packs[0]!) as unknown as { scenarios: Record<string, unknown>[] };
    pack.scenarios[0]!.focus = 9;
    pack.scenarios[1]!.lang = 'de';
    delete pack.scenarios[2]!.expert;
    const parsed = parseScenarioPack(pack);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContain('scenarios.1.lang: must be one of en, ru, fi, sv');
    expect(parsed.errors).toContain('scenarios.2.expert: is required but missing');
  });

  it('names the focus that points past the posts and duplicated ids', () => {
    const pack = structuredClone(packs[1]!);
    pack.scenarios[0]!.focus = 9;
    const parsed = parseScenarioPack(pack);
    expect(parsed.ok === false && parsed.errors).toEqual(['scenarios.0.focus: must point at one of the posts']);
    const twice = structuredClone(packs[1]!);
    twice.scenarios[1]!.id = twice.scenarios[0]!.id;
    const dup = parseScenarioPack(twice);
    expect(dup.ok === false && dup.errors[0]).toMatch(/used more than once/);
  });

  it('reports broken JSON as such', () => {
    const parsed = parseScenarioPackJson('{"hearkenPractice": 1,');
    expect(parsed.ok === false && parsed.errors[0]).toMatch(/^not valid JSON/);
  });
});

describe('courseOf', () => {
  it('finds strong skills and those that need practice from recent attempts', () => {
    const base = { scenarioId: 'a', score: 50 };
    const course = courseOf([
      { ...base, at: 1, score: 40, skills: { listened: false, disclosed: false, need: true } },
      { ...base, at: 2, scenarioId: 'b', skills: { listened: true, disclosed: false, need: true } },
      { ...base, at: 3, skills: { listened: true, disclosed: true, need: true } },
      { ...base, at: 4, score: 90, skills: { listened: true, disclosed: false, need: true, length: true } },
    ]);
    const level = Object.fromEntries(course.skills.map((s) => [s.skill, s.level]));
    expect(level).toMatchObject({ listened: 'strong', need: 'strong', disclosed: 'practise', length: 'unknown' });
    expect(course).toMatchObject({ attempts: 4, scenariosTried: 2, averageScore: 58, trend: 50 });
  });

  it('says nothing yet without attempts', () => {
    expect(courseOf([])).toMatchObject({ attempts: 0, averageScore: null, trend: null });
  });
});
