import { INTENTS } from '../../core/model';
import { Field, fieldId } from '../shared/field';
import { t, uiLang } from '../shared/i18n';
import { errorsFor } from './errors-for';
import { announcement, form, updateForm } from './options-state';
import { emptyTemplate, type TemplateForm } from './playbook-form';

function TemplateEditor({ tpl, index }: { tpl: TemplateForm; index: number }) {
  const key = (field: string) => `templates.${index}.${field}`;
  const set = (field: 'id' | 'lang' | 'title' | 'text') => (event: { currentTarget: { value: string } }) =>
    updateForm((f) => void (f.templates[index]![field] = event.currentTarget.value));
  const title = tpl.title.trim() || t('optTemplateUntitled', index + 1);
  const intentErrors = errorsFor(key('intent'));
  return (
    <li class="card">
      <fieldset>
        <legend>{title}</legend>
        <div class="grid-3">
          <Field name={key('id')} label={t('optTemplateId')} errors={errorsFor(key('id'))}>
            {(aria) => <input {...aria} type="text" value={tpl.id} onInput={set('id')} />}
          </Field>
          <Field name={key('lang')} label={t('optTemplateLang')} errors={errorsFor(key('lang'))}>
            {(aria) => <input {...aria} type="text" value={tpl.lang} onInput={set('lang')} />}
          </Field>
          <Field name={key('title')} label={t('optTemplateTitle')} errors={errorsFor(key('title'))}>
            {(aria) => <input {...aria} type="text" value={tpl.title} onInput={set('title')} />}
          </Field>
        </div>
        <fieldset class="intents" aria-describedby={intentErrors.length > 0 ? `${fieldId(key('intent'))}-error` : undefined}>
          <legend>{t('optTemplateIntents')}</legend>
          {INTENTS.map((intent) => {
            const id = `${fieldId(key('intent'))}-${intent}`;
            return (
              <span class="check" key={intent}>
                <input
                  id={id}
                  type="checkbox"
                  checked={tpl.intent.includes(intent)}
                  onChange={(event) =>
                    updateForm((f) => {
                      const list = f.templates[index]!.intent.filter((i) => i !== intent);
                      f.templates[index]!.intent = event.currentTarget.checked ? [...list, intent] : list;
                    })
                  }
                />
                <label for={id}>{t(`intent_${intent}`)}</label>
              </span>
            );
          })}
          {intentErrors.length > 0 && (
            <ul class="field-error" id={`${fieldId(key('intent'))}-error`}>
              {intentErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </fieldset>
        <Field name={key('text')} label={t('optTemplateText')} hint={t('optTemplateTextHint')} errors={errorsFor(key('text'))}>
          {(aria) => <textarea {...aria} rows={3} value={tpl.text} onInput={set('text')} />}
        </Field>
        <button
          type="button"
          class="button-quiet"
          onClick={() => {
            updateForm((f) => void f.templates.splice(index, 1));
            announcement.value = t('optTemplateRemoved', title);
          }}
        >
          {t('optTemplateRemove', title)}
        </button>
      </fieldset>
    </li>
  );
}

export function TemplatesSection() {
  const current = form.value;
  if (!current) return null;
  return (
    <section aria-labelledby="templates-title" class="card">
      <h2 id="templates-title">{t('optTemplatesTitle')}</h2>
      <p class="section-intro">{t('optTemplatesIntro')}</p>
      {current.templates.length === 0 && <p class="muted">{t('optTemplatesNone')}</p>}
      <ol class="template-list">
        {current.templates.map((tpl, index) => (
          <TemplateEditor key={index} tpl={tpl} index={index} />
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const index = current.templates.length;
          updateForm((f) => void f.templates.push(emptyTemplate(uiLang())));
          requestAnimationFrame(() => document.getElementById(fieldId(`templates.${index}.id`))?.focus());
        }}
      >
        {t('optTemplateAdd')}
      </button>
    </section>
  );
}
