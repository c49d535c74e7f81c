// Steps 2–4: Ideate (value-first templates with their variables filled), Draft (the text with
// the live checker beside it) and Speak (into the site's own reply box, or the clipboard).
import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../core/coach/templates';
import type { Finding } from '../../core/coach/check-draft';
import { t } from '../shared/i18n';
import {
  blockers,
  check,
  checking,
  chooseTemplate,
  copyDraft,
  discardDraft,
  draftText,
  goTo,
  insertAnyway,
  lastSpoken,
  need,
  needNote,
  preview,
  setDraft,
  speak,
  templates,
  tooLong,
  values,
} from './coach-state';

function NeedReminder() {
  if (!need.value) return null;
  return (
    <p class="need-reminder">
      {t('coachNeedReminder', t(`coachNeed_${need.value}`))}
      {needNote.value.trim() && <> — “{needNote.value.trim()}”</>}
    </p>
  );
}

export function IdeateStep() {
  const list = templates.value;
  return (
    <section class="step" aria-labelledby="ideate-title">
      <h2 id="ideate-title" tabIndex={-1}>{t('coachIdeateTitle')}</h2>
      <NeedReminder />
      <fieldset class="variables">
        <legend>{t('coachVariables')}</legend>
        {TEMPLATE_VARIABLES.map((key: TemplateVariable) => (
          <label key={key} class="field">
            <span>{t(`coachVar_${key}`)}</span>
            <input
              type="text"
              value={values.value[key] ?? ''}
              placeholder={`{${key}}`}
              onInput={(event) => {
                const value = (event.target as HTMLInputElement).value;
                values.value = { ...values.value, [key]: value === '' && key !== 'disclosure' ? undefined : value };
              }}
            />
          </label>
        ))}
      </fieldset>
      {list.length === 0 ? (
        <p class="muted">{t('coachNoTemplates')}</p>
      ) : (
        <ul class="templates" aria-label={t('coachTemplatesLabel')}>
          {list.map((template) => (
            <li key={template.id} class="template">
              <h3>{template.title}</h3>
              <p class="template-text" lang={template.lang}>
                {preview(template)}
              </p>
              <button type="button" onClick={() => void chooseTemplate(template)}>
                {t('coachUseTemplate')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="secondary" onClick={() => void chooseTemplate(null)}>
        {t('coachWriteOwn')}
      </button>
    </section>
  );
}

const SEVERITY_ORDER = { block: 0, warn: 1, tip: 2 } as const;

function excerpt(text: string, finding: Finding): string {
  const span = text.slice(finding.start, Math.min(finding.end, finding.start + 80)).trim();
  return span.length > 0 && finding.end - finding.start < text.length ? span : '';
}

export function Checker() {
  const result = check.value;
  const text = draftText.value;
  const findings = result ? [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : [];
  const count = result?.length.count ?? [...text].length;
  const limit = result?.length.limit ?? null;
  const over = limit !== null && count > limit;
  const summary = !result
    ? ''
    : findings.length === 0
      ? t('coachCheckClean', result.score)
      : t('coachCheckSummary', findings.length, result.score, findings.map((f) => `${f.rule} (${t(`severity_${f.severity}`)})`).join(', '));
  return (
    <aside class="checker" aria-labelledby="checker-title">
      <h3 id="checker-title">{t('coachCheckerTitle')}</h3>
      <p class={`count${over ? ' over' : ''}`} data-testid="coach-count">
        {limit === null ? t('coachCountNoLimit', count) : t('coachCount', count, limit)}
      </p>
      {result && (
        <p class="score">
          {t('coachScore', result.score)} {checking.value && <span class="muted">· {t('coachChecking')}</span>}
        </p>
      )}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="coach-findings-live">
        {summary}
      </div>
      {result && findings.length === 0 && text.trim() !== '' && <p class="clean">{t('coachNoFindings')}</p>}
      {findings.length > 0 && (
        <ul class="findings">
          {findings.map((finding) => {
            const quote = excerpt(text, finding);
            return (
              <li key={`${finding.rule}:${finding.start}`} class={`finding ${finding.severity}`} data-rule={finding.rule}>
                <span class={`severity ${finding.severity}`}>{t(`severity_${finding.severity}`)}</span> <code>{finding.rule}</code>
                {quote && <q class="span">{quote}</q>}
                <p>{finding.message}</p>
              </li>
            );
          })}
        </ul>
      )}
      {result && result.improvements.length > 0 && (
        <>
          <h4>{t('coachImprovements')}</h4>
          <ol class="improvements">
            {result.improvements.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

export function DraftStep({ siteLabel }: { siteLabel: string }) {
  return (
    <section class="step" aria-labelledby="draft-title">
      <h2 id="draft-title" tabIndex={-1}>{t('coachDraftTitle')}</h2>
      <NeedReminder />
      <div class="draft-layout">
        <label class="field draft-field">
          <span>{t('coachDraftLabel', siteLabel)}</span>
          <textarea
            value={draftText.value}
            rows={8}
            spellcheck
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
            aria-describedby="checker-title"
          />
        </label>
        <Checker />
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={() => goTo('speak')} disabled={draftText.value.trim() === ''}>
          {t('coachNextSpeak')}
        </button>
        <button type="button" class="secondary" onClick={() => goTo('ideate')}>
          {t('coachBackToIdeas')}
        </button>
        <button type="button" class="secondary" onClick={() => void discardDraft()} disabled={draftText.value === ''}>
          {t('coachDiscard')}
        </button>
      </div>
      {draftText.value.trim() === '' && <p class="muted">{t('coachEmptyDraft')}</p>}
    </section>
  );
}

export function SpeakStep({ siteLabel }: { siteLabel: string }) {
  const result = check.value;
  const blocked = blockers.value.filter((finding) => finding.rule !== 'too-long');
  const spoken = lastSpoken.value;
  const long = draftText.value.length > 1200;
  return (
    <section class="step" aria-labelledby="speak-title">
      <h2 id="speak-title" tabIndex={-1}>{t('coachSpeakTitle')}</h2>
      <p class="lead">{t('coachSpeakLead', siteLabel)}</p>
      <blockquote class="final">{long ? `${draftText.value.slice(0, 1200)}…` : draftText.value}</blockquote>
      {result && (
        <p class="muted">
          {result.length.limit === null ? t('coachCountNoLimit', result.length.count) : t('coachCount', result.length.count, result.length.limit)} ·{' '}
          {t('coachScore', result.score)}
        </p>
      )}
      {tooLong.value && (
        <p class="problem" role="alert">
          {t('coachTooLongToInsert', result?.length.count ?? 0, result?.length.limit ?? 0)}
        </p>
      )}
      {blocked.length > 0 && (
        <div class="problem">
          <p>{t('coachBlockersFirst')}</p>
          <ul>
            {blocked.map((finding) => (
              <li key={`${finding.rule}:${finding.start}`}>{finding.message}</li>
            ))}
          </ul>
          <label class="need">
            <input type="checkbox" checked={insertAnyway.value} onChange={(event) => (insertAnyway.value = (event.target as HTMLInputElement).checked)} />
            <span>{t('coachInsertAnyway')}</span>
          </label>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => void speak()}
          disabled={draftText.value.trim() === '' || tooLong.value || (blocked.length > 0 && !insertAnyway.value)}
        >
          {t('coachInsert', siteLabel)}
        </button>
        <button type="button" class="secondary" onClick={() => void copyDraft()} disabled={draftText.value.trim() === ''}>
          {t('coachCopy')}
        </button>
        <button type="button" class="secondary" onClick={() => goTo('draft')}>
          {t('coachBackToDraft')}
        </button>
      </div>
      <p class="muted">{t('coachNeverPosts')}</p>
      {spoken?.result === 'copied' && <p class="done">{t('coachCopiedPaste', siteLabel)}</p>}
    </section>
  );
}
