import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { askWorker } from '../../messaging/client';
import { t } from '../shared/i18n';
import { form, updateForm } from './options-state';
import { EDITABLE_SITES, SITE_NAMES } from '../shared/site-names';

const forums = signal<string[] | null>(null);

/** The forums added with "Watch this site" in the popup; the service worker knows them from the granted permissions. */
async function loadForums(): Promise<void> {
  const reply = await askWorker('sites/watched', {});
  forums.value = reply.ok ? [...reply.data.watched].sort() : [];
}

export function SitesSection() {
  useEffect(() => {
    void loadForums();
    // Sites are added and removed in the popup; coming back to this tab shows the current list.
    const refresh = () => void loadForums();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, []);
  const current = form.value;
  if (!current) return null;
  return (
    <section aria-labelledby="sites-title" class="card">
      <h2 id="sites-title">{t('optSitesTitle')}</h2>
      <fieldset class="sites">
        <legend>{t('optSitesIntro')}</legend>
        {EDITABLE_SITES.map((site) => (
          <span class="check" key={site}>
            <input
              id={`site-${site}`}
              type="checkbox"
              checked={current.sites[site] !== false}
              onChange={(event) =>
                updateForm((f) => {
                  if (event.currentTarget.checked) delete f.sites[site];
                  else f.sites[site] = false;
                })
              }
            />
            <label for={`site-${site}`}>{SITE_NAMES[site]}</label>
          </span>
        ))}
      </fieldset>
      <h3>{t('optForumsTitle')}</h3>
      {forums.value === null || forums.value.length === 0 ? (
        <p class="muted">{t('optForumsNone')}</p>
      ) : (
        <ul class="forums" aria-label={t('optForumsTitle')}>
          {forums.value.map((origin) => (
            <li key={origin}>{origin}</li>
          ))}
        </ul>
      )}
      <p class="muted">{t('optForumsHint')}</p>
    </section>
  );
}
