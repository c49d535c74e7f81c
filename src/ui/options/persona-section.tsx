import { Field } from '../shared/field';
import { t } from '../shared/i18n';
import { errorsFor } from './errors-for';
import { form, updateForm } from './options-state';

type TextKey = 'name' | 'role' | 'organization' | 'disclosure';

export function PersonaSection() {
  const current = form.value;
  if (!current) return null;
  const text = (key: TextKey, label: string, hint?: string) => (
    <Field name={`persona.${key}`} label={label} hint={hint} errors={errorsFor(`persona.${key}`)}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          value={current.persona[key]}
          onInput={(event) => updateForm((f) => void (f.persona[key] = event.currentTarget.value))}
        />
      )}
    </Field>
  );
  return (
    <section aria-labelledby="persona-title" class="card">
      <h2 id="persona-title">{t('optPersonaTitle')}</h2>
      <p class="section-intro">{t('optPersonaIntro')}</p>
      <Field name="name" label={t('optPlaybookName')} errors={errorsFor('name')}>
        {(aria) => <input {...aria} type="text" value={current.name} onInput={(event) => updateForm((f) => void (f.name = event.currentTarget.value))} />}
      </Field>
      <div class="grid-2">
        {text('name', t('optPersonaName'))}
        {text('role', t('optPersonaRole'))}
        {text('organization', t('optPersonaOrganization'))}
      </div>
      <div class="check">
        <input
          id="field-persona-affiliated"
          type="checkbox"
          checked={current.persona.affiliated}
          onChange={(event) => updateForm((f) => void (f.persona.affiliated = event.currentTarget.checked))}
        />
        <label for="field-persona-affiliated">{t('optPersonaAffiliated')}</label>
      </div>
      {text('disclosure', t('optPersonaDisclosure'), t('optPersonaDisclosureHint'))}
    </section>
  );
}
