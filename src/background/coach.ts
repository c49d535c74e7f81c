// Opening the coach: from a badge's "Listen" button (a message from the content script), the
// context-menu item "Listen to this post", the keyboard shortcut, or the popup. The side panel is
// opened first, inside the user's gesture; the post it should show travels through session
// storage, which the panel watches. Where there is no side panel (Firefox), a tab opens instead.
import type { SiteId } from '../core/model';
import { askTab } from '../messaging/client';
import {
  createContextMenu,
  hasSidePanel,
  i18nMessage,
  onCommand,
  onContextMenuClicked,
  onInstalled,
  openExtensionTab,
  openSidePanel,
  writeSession,
} from '../platform/browser';

export const COACH_PAGE = 'src/ui/sidepanel/index.html';
export const COACH_TARGET_KEY = 'coachTarget';
export const LISTEN_MENU_ID = 'hearken-listen';
export const OPEN_COACH_COMMAND = 'open-coach';

export interface CoachTarget {
  tabId: number;
  site?: SiteId;
  postId?: string;
  at: number;
}

export function coachPageUrl(target: { tabId: number; postId?: string }): string {
  const query = new URLSearchParams({ tab: String(target.tabId) });
  if (target.postId) query.set('post', target.postId);
  return `${COACH_PAGE}?${query}`;
}

/**
 * Opens the coach for a tab (and a post, when known). Must be called synchronously from the
 * gesture's handler: the side panel call comes before any await.
 */
export function openCoach(target: Omit<CoachTarget, 'at'>): Promise<'side-panel' | 'tab'> {
  const opening = hasSidePanel() ? openSidePanel(target.tabId).then(() => 'side-panel' as const) : null;
  const stored = writeSession(COACH_TARGET_KEY, { ...target, at: Date.now() } satisfies CoachTarget);
  if (!opening) return stored.then(() => openExtensionTab(coachPageUrl(target))).then(() => 'tab' as const);
  return Promise.all([opening, stored]).then(
    () => 'side-panel' as const,
    // A panel that cannot open (no gesture left, a policy) still leaves the coach one click away.
    () => openExtensionTab(coachPageUrl(target)).then(() => 'tab' as const),
  );
}

/** Opens the coach first, then asks the page which post the person meant and points the coach at it. */
function openForPageGesture(tabId: number): void {
  const opened = openCoach({ tabId });
  void askTab(tabId, 'page/focused-post', {}).then(async (reply) => {
    await opened.catch(() => undefined);
    if (reply.ok && reply.data.postId) await writeSession(COACH_TARGET_KEY, { tabId, postId: reply.data.postId, at: Date.now() } satisfies CoachTarget);
  });
}

/** Registers the context-menu item and the shortcut; call at the worker's top level. */
export function registerCoachEntryPoints(): void {
  // Created once per install or update (menus outlive the worker); a duplicate id is ignored.
  onInstalled(() => {
    createContextMenu({ id: LISTEN_MENU_ID, title: i18nMessage('menuListen') || 'Listen to this post', contexts: ['page', 'selection', 'link'] });
  });
  onContextMenuClicked((menuItemId, tab) => {
    if (menuItemId === LISTEN_MENU_ID && tab?.id !== undefined) openForPageGesture(tab.id);
  });
  onCommand((command, tab) => {
    if (command === OPEN_COACH_COMMAND && tab?.id !== undefined) openForPageGesture(tab.id);
  });
}
