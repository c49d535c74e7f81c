// Step 5, Reflect: what happened after speaking, told when the person knows.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { REFLECT_CHOICES, type ReflectChoice } from './coach-logic';
import { lastSpoken, reflect, reflected } from './coach-state';

export function ReflectStep({ siteLabel }: { siteLabel: string }) {
  const [choice, setChoice] = useState<ReflectChoice | null>(reflected.value);
  const [note, setNote] = useState('');
  const spoken = lastSpoken.value;
  return (
    <section class="step" aria-labelledby="reflect-title">
      <h2 id="reflect-title" tabIndex={-1}>{t('coachReflectTitle')}</h2>
      {spoken && (spoken.result === 'inserted' || spoken.result === 'added-after-text') && (
        <p class="done">{t('coachInsertedReminder', siteLabel)}</p>
      )}
      <p class="lead">{t('coachReflectLead')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice) void reflect(choice, note);
        }}
      >
        <fieldset>
          <legend>{t('coachReflectQuestion')}</legend>
          {REFLECT_CHOICES.map((option) => (
            <label key={option} class="need">
              <input type="radio" name="outcome" value={option} checked={choice === option} onChange={() => setChoice(option)} />
              <span>{t(`coachOutcome_${option.replace('-', '_')}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('coachReflectNote')}</span>
          <input type="text" value={note} maxLength={500} onInput={(event) => setNote((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" disabled={choice === null}>
          {t('coachSaveOutcome')}
        </button>
      </form>
      {reflected.value && (
        <p class="done" role="status">
          {t('coachReflectedAs', t(`coachOutcome_${reflected.value.replace('-', '_')}`))}
        </p>
      )}
    </section>
  );
}
