// The coach: listen, ideate, draft, speak, reflect, for one post of one tab. Runs in the side
// panel, or as a page of its own where there is no side panel (`?tab=<id>&post=<id>`).
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PagePost } from '../../messaging/protocol';
import { activeTab, onSessionChanged, onTabActivated, readSession } from '../../platform/browser';
import { t } from '../shared/i18n';
import { DraftStep, IdeateStep, SpeakStep } from './compose-steps';
import { STEPS, draftOpen, goTo, loaded, notice, openPost, step, targetFromUrl, type Step } from './coach-state';
import { ListenStep, who } from './listen-step';
import { ReflectStep } from './reflect-step';

const TARGET_KEY = 'coachTarget';

interface SessionTarget {
  tabId: number;
  postId?: string;
}

/** The tab the person switched to while the coach stays with a post of another tab. */
const otherTab = signal<number | null>(null);

/**
 * In the side panel the coach follows the tab in front, except while it coaches a post: then it
 * stays (notes and draft are in progress) and offers to move instead.
 */
function followTabs(): () => void {
  return onTabActivated((tabId) => {
    const state = loaded.value;
    if (state.status === 'ready') {
      otherTab.value = state.tabId === tabId ? null : tabId;
      return;
    }
    otherTab.value = null;
    void openPost(tabId, undefined);
  });
}

function coachOtherTab(tabId: number): void {
  otherTab.value = null;
  void openPost(tabId, undefined);
}

async function start(): Promise<void> {
  const given = targetFromUrl(location.search);
  if (given.tabId !== undefined && given.postId !== undefined) return openPost(given.tabId, given.postId);
  const stored = await readSession<SessionTarget>(TARGET_KEY).catch(() => undefined);
  if (stored && (given.tabId === undefined || stored.tabId === given.tabId)) return openPost(stored.tabId, stored.postId);
  const tabId = given.tabId ?? (await activeTab())?.id;
  if (tabId === undefined) {
    loaded.value = { status: 'no-page' };
    return;
  }
  return openPost(tabId, undefined);
}

function StepNav() {
  const current = step.value;
  return (
    <nav aria-label={t('coachStepsLabel')}>
      <ol class="steps">
        {STEPS.map((name: Step, index) => {
          const locked = name !== 'listen' && name !== 'reflect' && !draftOpen.value;
          return (
            <li key={name}>
              <button
                type="button"
                aria-current={current === name ? 'step' : undefined}
                aria-disabled={locked ? 'true' : undefined}
                class={locked ? 'locked' : ''}
                onClick={() => goTo(name)}
              >
                <span class="step-number">{index + 1}</span> {t(`coachStep_${name}`)}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function ChoosePost({ tabId, siteLabel, posts }: { tabId: number; siteLabel: string; posts: PagePost[] }) {
  return (
    <section class="step">
      <h2>{t('coachChooseTitle', siteLabel)}</h2>
      {posts.length === 0 ? (
        <p class="muted">{t('popupNoMatches')}</p>
      ) : (
        <ul class="choose">
          {posts.map((post) => (
            <li key={post.id}>
              <button type="button" onClick={() => void openPost(tabId, post.id)}>
                <strong>{post.author.name || post.author.handle}</strong>
                <span>{post.snippet.length > 140 ? `${post.snippet.slice(0, 140)}…` : post.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CoachApp() {
  useEffect(() => {
    void start();
    // A coach page of its own (`?tab=`) belongs to its tab; only the side panel follows tabs.
    const stopFollowing = targetFromUrl(location.search).tabId === undefined ? followTabs() : () => {};
    // The worker points the panel at a new post (badge, menu, shortcut) through the session.
    const stopListening = onSessionChanged((changes) => {
      const next = changes[TARGET_KEY]?.newValue as SessionTarget | undefined;
      if (next && next.postId) {
        otherTab.value = null;
        void openPost(next.tabId, next.postId);
      }
    });
    return () => {
      stopFollowing();
      stopListening();
    };
  }, []);
  // A new step replaces the button that led to it: focus goes to the step's heading, so keyboard
  // and screen-reader users continue from the top of what just opened.
  const shownStep = useRef(step.value);
  useEffect(() => {
    if (shownStep.current === step.value) return;
    shownStep.current = step.value;
    document.querySelector<HTMLElement>('.step h2')?.focus();
  }, [step.value]);
  const state = loaded.value;
  return (
    <main class="coach">
      <header class="coach-header">
        <h1>{t('coachTitle')}</h1>
        {state.status === 'ready' && <p class="muted">{t('coachFor', who(state.post), state.siteLabel)}</p>}
      </header>
      <div class="notice" role="status" aria-live="polite" data-testid="coach-notice">
        {notice.value}
      </div>
      {state.status === 'ready' && otherTab.value !== null && (
        <div class="tab-switch" role="status" data-testid="coach-other-tab">
          <p>{t('coachOtherTab', who(state.post))}</p>
          <button type="button" class="secondary" onClick={() => coachOtherTab(otherTab.value ?? state.tabId)}>
            {t('coachFollowTab')}
          </button>
        </div>
      )}
      {state.status === 'loading' && <p>{t('popupLoading')}</p>}
      {state.status === 'no-page' && <p class="problem">{t('coachNoPage')}</p>}
      {state.status === 'gone' && (
        <div class="problem" role="alert">
          <p>{t('coachPostGone')}</p>
          <button type="button" onClick={() => void openPost(state.tabId, state.postId)}>
            {t('coachTryAgain')}
          </button>
        </div>
      )}
      {state.status === 'choose' && <ChoosePost tabId={state.tabId} siteLabel={state.siteLabel} posts={state.posts} />}
      {state.status === 'ready' && (
        <>
          <StepNav />
          {step.value === 'listen' && <ListenStep post={state.post} thread={state.thread} summary={state.summary} siteLabel={state.siteLabel} />}
          {step.value === 'ideate' && <IdeateStep />}
          {step.value === 'draft' && <DraftStep siteLabel={state.siteLabel} />}
          {step.value === 'speak' && <SpeakStep siteLabel={state.siteLabel} />}
          {step.value === 'reflect' && <ReflectStep siteLabel={state.siteLabel} />}
        </>
      )}
    </main>
  );
}
