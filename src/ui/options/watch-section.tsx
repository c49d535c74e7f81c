import { signal } from '@preact/signals';
import { Field, fieldId } from '../shared/field';
import { t } from '../shared/i18n';
import { errorsFor } from './errors-for';
import { announcement, form, updateForm } from './options-state';
import { emptyWatch, type WatchForm } from './playbook-form';
import { WatchPreview } from './watch-preview';

const KINDS = ['brand', 'product', 'competitor', 'person', 'topic'] as const;
export const sample = signal<string | null>(null);

function WatchItemEditor({ item, index, sampleText }: { item: WatchForm; index: number; sampleText: string }) {
  const key = (field: string) => `watch.${index}.${field}`;
  const set = (field: keyof WatchForm) => (event: { currentTarget: { value: string } }) =>
    updateForm((f) => void (f.watch[index]![field] = event.currentTarget.value));
  const title = item.label.trim() || t('optWatchUntitled', index + 1);
  return (
    <li class="card watch-item">
      <fieldset>
        <legend>{title}</legend>
        <div class="grid-2">
          <Field name={key('label')} label={t('optWatchLabel')} errors={errorsFor(key('label'))}>
            {(aria) => <input {...aria} type="text" value={item.label} onInput={set('label')} />}
          </Field>
          <Field name={key('kind')} label={t('optWatchKind')} errors={errorsFor(key('kind'))}>
            {(aria) => (
              <select {...aria} value={item.kind} onChange={set('kind')}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`optKind_${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div class="grid-2">
          <Field name={key('terms')} label={t('optWatchTerms')} hint={t('optOnePerLine')} errors={errorsFor(key('terms'))}>
            {(aria) => <textarea {...aria} rows={4} value={item.terms} onInput={set('terms')} />}
          </Field>
          <Field name={key('exclude')} label={t('optWatchExclude')} hint={t('optWatchExcludeHint')} errors={errorsFor(key('exclude'))}>
            {(aria) => <textarea {...aria} rows={4} value={item.exclude} onInput={set('exclude')} />}
          </Field>
        </div>
        <div class="grid-2">
          <Field name={key('query')} label={t('optWatchQuery')} hint={t('optWatchQueryHint')} errors={errorsFor(key('query'))}>
            {(aria) => <input {...aria} type="text" value={item.query} onInput={set('query')} />}
          </Field>
          <Field name={key('langs')} label={t('optWatchLangs')} hint={t('optWatchLangsHint')} errors={errorsFor(key('langs'))}>
            {(aria) => <input {...aria} type="text" value={item.langs} onInput={set('langs')} />}
          </Field>
        </div>
        <div class="preview-row" aria-live="polite">
          <WatchPreview item={item} sample={sampleText} />
        </div>
        <button
          type="button"
          class="button-quiet"
          onClick={() => {
            updateForm((f) => void f.watch.splice(index, 1));
            announcement.value = t('optWatchRemoved', title);
          }}
        >
          {t('optWatchRemove', title)}
        </button>
      </fieldset>
    </li>
  );
}

export function WatchSection() {
  const current = form.value;
  if (!current) return null;
  const sampleText = sample.value ?? t('optPreviewDefaultSample');
  return (
    <section aria-labelledby="watch-title" class="card">
      <h2 id="watch-title">{t('optWatchTitle')}</h2>
      <p class="section-intro">{t('optWatchIntro')}</p>
      <Field name="preview-sample" label={t('optPreviewSample')} hint={t('optPreviewSampleHint')}>
        {(aria) => <textarea {...aria} rows={3} value={sampleText} onInput={(event) => (sample.value = event.currentTarget.value)} />}
      </Field>
      <ol class="watch-list">
        {current.watch.map((item, index) => (
          <WatchItemEditor key={index} item={item} index={index} sampleText={sampleText} />
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const index = current.watch.length;
          updateForm((f) => void f.watch.push(emptyWatch()));
          requestAnimationFrame(() => document.getElementById(fieldId(`watch.${index}.label`))?.focus());
        }}
      >
        {t('optWatchAdd')}
      </button>
    </section>
  );
}
