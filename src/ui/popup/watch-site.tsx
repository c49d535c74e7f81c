// "Watch this site": forums and Mastodon servers live on any domain, so Hearken reads one only
// after the person adds it. The popup asks the browser for that one origin (this must happen in
// the click itself), then the service worker registers the content script there and runs it in
// the open tab. The list of watched sites lets the person stop watching, which gives the
// permission back.
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { originPattern, watchableOrigin } from '../../core/site-origins';
import { askWorker } from '../../messaging/client';
import { requestOrigins, tabUrl } from '../../platform/browser';
import { t } from '../shared/i18n';

const watched = signal<string[] | null>(null);
const watchNotice = signal('');

async function loadWatched(): Promise<void> {
  const reply = await askWorker('sites/watched', {});
  watched.value = reply.ok ? reply.data.watched : [];
}

const hostOf = (origin: string): string => new URL(origin).host;

function watch(origin: string, tabId: number, onWatched: () => void): void {
  // No await before the request: the browser shows its prompt only within the click.
  requestOrigins([originPattern(origin)])
    .catch(() => false)
    .then(async (granted) => {
      if (!granted) {
        watchNotice.value = t('popupWatchDenied');
        return;
      }
      const reply = await askWorker('sites/watch', { origin, tabId });
      if (!reply.ok) {
        watchNotice.value = t('popupWatchFailed', reply.error.message);
        return;
      }
      watched.value = reply.data.watched;
      watchNotice.value = '';
      onWatched();
    });
}

async function stopWatching(origin: string): Promise<void> {
  const reply = await askWorker('sites/unwatch', { origin });
  if (!reply.ok) watchNotice.value = t('popupWatchFailed', reply.error.message);
  else watched.value = reply.data.watched;
}

/** Shown when no Hearken content script answers in the tab: offers to watch the tab's site. */
export function WatchThisSite({ tabId, onWatched }: { tabId: number; onWatched: () => void }) {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void tabUrl(tabId).then((url) => setSite(watchableOrigin(url)));
    if (watched.value === null) void loadWatched();
  }, [tabId]);
  if (site === undefined) return null;
  if (!site) return <p class="popup-empty">{t('popupUnsupported')}</p>;
  if (watched.value?.includes(site)) return <p class="popup-empty">{t('popupWatchedNoPosts', hostOf(site))}</p>;
  return (
    <section class="watch-site">
      <p>{t('popupNotReadHere', hostOf(site))}</p>
      <button type="button" class="watch-button" onClick={() => watch(site, tabId, onWatched)}>
        {t('popupWatchSite')}
      </button>
      <p class="popup-hint">{t('popupWatchHint')}</p>
    </section>
  );
}

/** The sites the person added, each with "Stop watching". */
export function WatchedSites() {
  useEffect(() => {
    if (watched.value === null) void loadWatched();
  }, []);
  const list = watched.value ?? [];
  return (
    <>
      <div role="status" aria-live="polite" class="popup-notice">
        {watchNotice.value}
      </div>
      {list.length > 0 && (
        <section class="watched-sites" aria-label={t('popupWatchedSites')}>
          <h2>{t('popupWatchedSites')}</h2>
          <ul>
            {list.map((origin) => (
              <li key={origin}>
                <span class="watched-host">{hostOf(origin)}</span>
                <button type="button" class="popup-link" aria-label={t('popupStopWatchingLabel', hostOf(origin))} onClick={() => void stopWatching(origin)}>
                  {t('popupStopWatching')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
