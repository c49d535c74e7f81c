import { useEffect, useMemo, useRef } from 'preact/hooks';
import { checkDraft } from '../../core/coach/check-draft';
import { NEEDS, type NeedId } from '../../core/coach/needs';
import { chooseTemplates, fillTemplate } from '../../core/coach/templates';
import { courseOf } from '../../core/practice/course';
import { parseScenarioPackJson, type Scenario } from '../../core/practice/scenario-pack';
import { describeIssueWithPlace } from '../shared/describe-issue';
import { PLATFORM_OF, scoreAttempt } from '../../core/practice/score';
import { formatNumber, plural, t, uiLang } from '../shared/i18n';
import { loadAttempts, recordAttempt } from './practice-journal';
import {
  addImportedPack,
  announcement,
  attempts,
  current,
  draft,
  feedback,
  loadImportedPacks,
  need,
  packs,
  readBeforeNaming,
  startScenario,
  templateId,
  threadOpened,
} from './practice-state';
import { ThreadView } from './thread-view';
import { signal } from '@preact/signals';

/** Chrome message names allow letters, digits and underscores only. */
const messageKey = (id: string): string => id.replace(/-/g, '_');

const importErrors = signal<string[]>([]);
const langFilter = signal<string>('');

function ScenarioList() {
  const lang = langFilter.value || uiLang();
  const tried = new Set(attempts.value.map((a) => a.scenarioId));
  return (
    <nav class="card scenario-list" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">{t('prScenariosTitle')}</h2>
      <label for="scenario-lang">{t('prScenarioLang')}</label>
      <select id="scenario-lang" value={lang} onChange={(e) => (langFilter.value = e.currentTarget.value)}>
        {['en', 'ru', 'fi', 'sv'].map((code) => (
          <option key={code} value={code}>
            {t(`prLang_${code}`)}
          </option>
        ))}
      </select>
      <ul>
        {packs.value.flatMap((pack) =>
          pack.scenarios
            .filter((s) => s.lang === lang)
            .map((scenario) => (
              <li key={`${pack.name}:${scenario.id}`}>
                <button
                  type="button"
                  class="scenario-button"
                  aria-current={current.value?.scenario.id === scenario.id ? 'true' : undefined}
                  onClick={() => {
                    startScenario(pack, scenario);
                    requestAnimationFrame(() => document.getElementById('step-listen')?.focus());
                  }}
                >
                  <span class="scenario-title" lang={scenario.lang}>
                    {scenario.title}
                  </span>
                  <span class="scenario-meta">
                    {t(`prSite_${scenario.site}`)} · {t(`prKind_${messageKey(scenario.kind)}`)}
                    {tried.has(scenario.id) ? ` · ${t('prTried')}` : ''}
                  </span>
                </button>
              </li>
            )),
        )}
      </ul>
      <PackImport />
    </nav>
  );
}

function PackImport() {
  return (
    <div class="pack-import">
      <label class="file-button" for="pack-file">
        {t('prImportPack')}
      </label>
      <input
        id="pack-file"
        class="file-input"
        type="file"
        accept=".json,application/json"
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          const parsed = parseScenarioPackJson(await file.text());
          input.value = '';
          if (!parsed.ok) {
            importErrors.value = parsed.issues.map((issue) => describeIssueWithPlace(issue, t));
            announcement.value = t('prImportRefused', file.name);
            return;
          }
          importErrors.value = [];
          await addImportedPack(parsed.pack);
          announcement.value = plural('prImported', parsed.pack.scenarios.length, parsed.pack.name);
        }}
      />
      {importErrors.value.length > 0 && (
        <div role="alert" class="import-error">
          <p>{t('prImportRefusedShort')}</p>
          <ul>
            {importErrors.value.slice(0, 12).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function needLabel(id: NeedId): string {
  return NEEDS.find((n) => n.id === id)!.label[uiLang()];
}

function Steps({ scenario }: { scenario: Scenario }) {
  const pack = current.value!.pack;
  const focus = scenario.posts[scenario.focus]!;
  const intents = need.value ? (NEEDS.find((n) => n.id === need.value)?.intents ?? []) : [];
  const templates = useMemo(() => {
    const seen = new Set<string>();
    return intents.flatMap((intent) => chooseTemplates(intent, scenario.lang)).filter((tpl) => !seen.has(tpl.id) && seen.add(tpl.id));
  }, [need.value, scenario.id]);
  const check = useMemo(
    () =>
      draft.value.trim() === ''
        ? null
        : checkDraft({ draft: draft.value, platform: PLATFORM_OF[scenario.site], post: { text: focus.text, lang: scenario.lang, author: focus.author }, persona: pack.persona, lang: scenario.lang, uiLang: uiLang(), brandTerms: ['Acme', 'Acme Notes'], competitorTerms: ['Globex'] }),
    [draft.value, scenario.id],
  );
  const submit = async () => {
    if (!need.value) return;
    const result = scoreAttempt(scenario, pack.persona, { readWholeThread: readBeforeNaming.value, need: need.value, draft: need.value === 'nothing' ? '' : draft.value });
    feedback.value = result;
    announcement.value = t('prScored', formatNumber(result.score));
    try {
      await recordAttempt(scenario, need.value, templateId.value ?? undefined, result);
      attempts.value = await loadAttempts();
    } catch (error) {
      announcement.value = t('prNotSaved', (error as Error).message);
    }
    requestAnimationFrame(() => document.getElementById('feedback-title')?.focus());
  };
  const author = focus.author.replace(/^u\//, '');
  return (
    <div class="steps">
      <section class="card step" aria-labelledby="step-listen">
        <h2 id="step-listen" tabIndex={-1}>
          {t('prStepListen')}
        </h2>
        <p class="muted">{threadOpened.value ? t('prListenDone') : t('prListenHint')}</p>
        <ThreadView scenario={scenario} opened={threadOpened.value} onOpen={() => (threadOpened.value = true)} />
      </section>

      <section class="card step" aria-labelledby="step-need">
        <h2 id="step-need">{t('prStepNeed')}</h2>
        <fieldset class="needs">
          <legend>{t('prNeedQuestion', author)}</legend>
          {NEEDS.map((n) => (
            <span class="check" key={n.id}>
              <input
                type="radio"
                id={`need-${n.id}`}
                name="need"
                checked={need.value === n.id}
                onChange={() => {
                  need.value = n.id;
                  readBeforeNaming.value = threadOpened.value;
                  templateId.value = null;
                }}
              />
              <label for={`need-${n.id}`}>{needLabel(n.id)}</label>
            </span>
          ))}
        </fieldset>
      </section>

      {need.value && need.value !== 'nothing' && (
        <>
          <section class="card step" aria-labelledby="step-template">
            <h2 id="step-template">{t('prStepTemplate')}</h2>
            <fieldset class="templates">
              <legend>{t('prTemplateHint')}</legend>
              {templates.map((tpl) => (
                <span class="check" key={tpl.id}>
                  <input
                    type="radio"
                    id={`tpl-${tpl.id}`}
                    name="template"
                    checked={templateId.value === tpl.id}
                    onChange={() => {
                      templateId.value = tpl.id;
                      draft.value = fillTemplate(tpl.text, { author, disclosure: pack.persona.disclosure, name: pack.persona.name });
                    }}
                  />
                  <label for={`tpl-${tpl.id}`} lang={tpl.lang}>
                    {tpl.title}
                  </label>
                </span>
              ))}
            </fieldset>
          </section>
          <section class="card step" aria-labelledby="step-draft">
            <h2 id="step-draft">{t('prStepDraft')}</h2>
            <label for="draft">{t('prDraftLabel', author)}</label>
            <textarea id="draft" rows={6} lang={scenario.lang} value={draft.value} onInput={(e) => (draft.value = e.currentTarget.value)} aria-describedby="draft-check" />
            <div id="draft-check" class="draft-check" aria-live="polite">
              {check && (
                <>
                  <p>
                    {check.length.limit !== null ? t('prLength', formatNumber(check.length.count), formatNumber(check.length.limit)) : t('prLengthFree', formatNumber(check.length.count))}
                  </p>
                  {check.findings.length === 0 ? (
                    <p>{t('prCheckClean')}</p>
                  ) : (
                    <ul>
                      {check.findings.map((f) => (
                        <li key={`${f.rule}-${f.start}`} class={`finding finding-${f.severity}`}>
                          <strong>{t(`prSeverity_${f.severity}`)}</strong> {f.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </div>
          </section>
        </>
      )}

      {need.value && (
        <div class="row">
          <button type="button" class="button-primary" onClick={() => void submit()}>
            {need.value === 'nothing' ? t('prSubmitNoReply') : t('prSubmit')}
          </button>
        </div>
      )}
      {feedback.value && <FeedbackView scenario={scenario} />}
    </div>
  );
}

function FeedbackView({ scenario }: { scenario: Scenario }) {
  const result = feedback.value!;
  return (
    <section class="card feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title" tabIndex={-1}>
        {t('prScore', formatNumber(result.score))}
      </h2>
      <ul class="skills">
        {result.skills.map((s) => (
          <li key={s.skill} class={s.passed ? 'skill-pass' : 'skill-miss'}>
            <span class="skill-mark" aria-hidden="true">
              {s.passed ? '✓' : '✗'}
            </span>
            <strong>
              {t(`prSkill_${messageKey(s.skill)}`)}: {s.passed ? t('prPassed') : t('prMissed')}.
            </strong>{' '}
            {t(`prReason_${messageKey(s.reason)}`)}
            {s.cue && <q>{s.cue}</q>}
          </li>
        ))}
      </ul>
      <h3>{t('prExpertTitle')}</h3>
      <div lang={scenario.lang} class="expert">
        <p>{scenario.expert.move}</p>
        <p>
          <strong>{t('prWhy')}</strong> {scenario.expert.why}
        </p>
        {scenario.expert.reply && <blockquote>{scenario.expert.reply}</blockquote>}
      </div>
      <div class="row">
        <button type="button" onClick={() => startScenario(current.value!.pack, scenario)}>
          {t('prTryAgain')}
        </button>
      </div>
    </section>
  );
}

function CourseView() {
  const course = courseOf(attempts.value);
  const strong = course.skills.filter((s) => s.level === 'strong');
  const practise = course.skills.filter((s) => s.level === 'practise');
  return (
    <section class="card course" aria-labelledby="course-title">
      <h2 id="course-title">{t('prCourseTitle')}</h2>
      {course.attempts === 0 ? (
        <p class="muted">{t('prCourseEmpty')}</p>
      ) : (
        <>
          <p>
            {plural('prCourseAttempts', course.attempts)} · {plural('prCourseScenarios', course.scenariosTried)} · {t('prCourseAverage', formatNumber(course.averageScore ?? 0))}
          </p>
          <p>
            <strong>{t('prStrong')}</strong> {strong.length > 0 ? strong.map((s) => t(`prSkill_${messageKey(s.skill)}`)).join(', ') : t('prNoneYet')}
          </p>
          <p>
            <strong>{t('prPractise')}</strong> {practise.length > 0 ? practise.map((s) => t(`prSkill_${messageKey(s.skill)}`)).join(', ') : t('prNoneYet')}
          </p>
        </>
      )}
      <p class="muted">{t('prCourseNote')}</p>
    </section>
  );
}

export function PracticeApp() {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void loadImportedPacks();
    void loadAttempts()
      .then((list) => (attempts.value = list))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    document.title = t('prTitle');
  });
  const active = current.value;
  return (
    <div class="practice">
      <header class="page-header">
        <h1>{t('prTitle')}</h1>
        <p class="section-intro">{t('prIntro')}</p>
      </header>
      <div role="status" aria-live="polite" class="announcement">
        {announcement.value}
      </div>
      <div class="practice-layout">
        <div>
          <ScenarioList />
          <CourseView />
        </div>
        <main>
          {active ? (
            <>
              <h2 class="scenario-heading" lang={active.scenario.lang}>
                {active.scenario.title}
              </h2>
              <Steps key={active.scenario.id} scenario={active.scenario} />
            </>
          ) : (
            <p class="card muted">{t('prPick')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
