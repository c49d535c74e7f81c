import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { askTab, askWorker } from '../../messaging/client';
import type { PageHealth, PagePost } from '../../messaging/protocol';
import { activeTab, openExtensionPage, openOptionsPage } from '../../platform/browser';
import { plural, t } from '../shared/i18n';
import { describeHealthIssue } from './health-text';
import { StorageProblemBanner, useStorageProblem } from '../shared/storage-problem';
import { WatchedSites, WatchThisSite } from './watch-site';

type PageState =
  | { status: 'loading' }
  | { status: 'watching' }
  | { status: 'unsupported'; tabId?: number }
  | { status: 'ready'; tabId: number; siteLabel: string; posts: PagePost[]; health: PageHealth };

const page = signal<PageState>({ status: 'loading' });
const notice = signal<string>('');

/** The tab to read: `?tab=<id>` when opened for a given tab (side panel, tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  return (await activeTab())?.id;
}

async function loadPage(): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) {
    page.value = { status: 'unsupported' };
    return;
  }
  let reply = await askTab(tabId, 'page/posts', {});
  // Just after "Watch this site" the content script is starting in the tab: give it a moment.
  for (let tries = 0; !reply.ok && page.value.status === 'watching' && tries < 20; tries += 1) {
    await new Promise((done) => setTimeout(done, 150));
    reply = await askTab(tabId, 'page/posts', {});
  }
  if (!reply.ok) {
    page.value = { status: 'unsupported', tabId };
    return;
  }
  const { siteLabel, posts, health } = reply.data;
  page.value = { status: 'ready', tabId, siteLabel, posts: [...posts].reverse(), health };
}

async function openPost(tabId: number, post: PagePost): Promise<void> {
  const at = Date.now();
  const [revealed, logged] = await Promise.all([
    askTab(tabId, 'page/reveal', { postId: post.id }),
    askWorker('journal/append', {
      events: [{ id: `opened:${post.site}:${post.id}:${at}`, kind: 'opened', at, site: post.site, postId: post.id, labels: post.labels }],
    }),
  ]);
  if (!logged.ok) notice.value = t('popupJournalFailed', logged.error.message);
  else if (revealed.ok && !revealed.data.found) notice.value = t('popupPostGone');
  else notice.value = '';
}

/** Opens the coach (side panel, or a tab where there is none) for a post; sent inside the click. */
function listenTo(tabId: number, post: PagePost): void {
  void askWorker('coach/open', { site: post.site, postId: post.id, tabId }).then((reply) => {
    if (!reply.ok) notice.value = t('popupJournalFailed', reply.error.message);
    else if (reply.data.opened === 'side-panel' && !new URLSearchParams(location.search).has('tab')) window.close();
  });
}

function PostItem({ post, tabId }: { post: PagePost; tabId: number }) {
  const surfaces = [...new Set(post.matches.map((match) => `“${match.surface}”`))].join(', ');
  const who = post.author.handle ? `${post.author.name} (@${post.author.handle.replace(/^@/, '')})` : post.author.name;
  return (
    <li class="post">
      <button type="button" class="post-open" onClick={() => void openPost(tabId, post)}>
        <span class="post-head">
          <span class="post-author">{who || t('popupUnknownAuthor')}</span>
          <span class="post-labels">{post.labels.join(', ')}</span>
        </span>
        <span class="post-snippet">{post.snippet.length > 160 ? `${post.snippet.slice(0, 160)}…` : post.snippet}</span>
        <span class="post-why">
          {t('popupWhy', surfaces)} · {t(`intent_${post.intent.label}`)} · {t(`sentiment_${post.sentiment.label}`)}
        </span>
      </button>
      <button type="button" class="post-listen" onClick={() => listenTo(tabId, post)} aria-label={t('popupListenTo', who || t('popupUnknownAuthor'))}>
        {t('popupListen')}
      </button>
    </li>
  );
}

export function PopupApp() {
  useEffect(() => {
    void loadPage();
  }, []);
  const state = page.value;
  const storageProblem = useStorageProblem();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Hearken</h1>
        {state.status === 'ready' && <p class="popup-site">{t('popupSiteSummary', state.siteLabel, state.posts.length)}</p>}
      </header>
      {storageProblem && (
        <StorageProblemBanner problem={storageProblem}>
          <button type="button" onClick={() => void openExtensionPage('src/ui/dashboard/index.html')}>
            {t('storageFullOpenDashboard')}
          </button>
        </StorageProblemBanner>
      )}
      <div role="status" aria-live="polite" class="popup-notice">
        {notice.value}
      </div>
      {state.status === 'loading' && <p>{t('popupLoading')}</p>}
      {state.status === 'unsupported' &&
        (state.tabId === undefined ? (
          <p class="popup-empty">{t('popupUnsupported')}</p>
        ) : (
          <WatchThisSite
            tabId={state.tabId}
            onWatched={() => {
              page.value = { status: 'watching' };
              void loadPage();
            }}
          />
        ))}
      {state.status === 'watching' && <p>{t('popupLoading')}</p>}
      {state.status === 'ready' && (
        <>
          {!state.health.ok && (
            <div class="popup-health" role="alert">
              {state.health.issues.map((issue) => (
                <p key={issue.code}>{describeHealthIssue(issue, state.siteLabel, { t, plural })}</p>
              ))}
              <p>{t('healthReport')}</p>
            </div>
          )}
          {state.posts.length === 0 ? (
            <p class="popup-empty">{t('popupNoMatches')}</p>
          ) : (
            <>
              <p class="popup-hint">{t('popupListenHint')}</p>
              <ul class="posts" aria-label={t('popupListLabel')}>
                {state.posts.map((post) => (
                  <PostItem key={post.id} post={post} tabId={state.tabId} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <WatchedSites />
      <footer class="popup-footer">
        <button type="button" class="popup-link" onClick={() => void openExtensionPage('src/ui/dashboard/index.html')}>
          {t('popupDashboard')}
        </button>
        <button type="button" class="popup-link" onClick={() => void openExtensionPage('src/ui/practice/index.html')}>
          {t('popupPractice')}
        </button>
        <button type="button" class="popup-link" onClick={() => void openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}
