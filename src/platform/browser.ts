// The only module that touches the extension APIs. Everything else asks it.
import browser from 'webextension-polyfill';
import type { Runtime, Storage, Tabs } from 'webextension-polyfill';

export type MessageSender = Runtime.MessageSender;
export type Tab = Tabs.Tab;

export const extensionId = (): string => browser.runtime.id;

/** False in a content script left behind by an extension update or removal ("context invalidated"). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
export const extensionUrl = (path: string): string => browser.runtime.getURL(path);
export const extensionOrigin = (): string => new URL(browser.runtime.getURL('/')).origin;

/** Sends to the service worker (or other extension pages); resolves to the first answer. */
export const sendRuntimeMessage = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message);

export const sendTabMessage = (tabId: number, message: unknown): Promise<unknown> => browser.tabs.sendMessage(tabId, message);

export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export function onRuntimeMessage(listener: MessageListener): () => void {
  const wrapped = (message: unknown, sender: MessageSender) => listener(message, sender);
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

/** Messages from other extensions or web pages (only possible if they know our id). */
export function onExternalMessage(listener: MessageListener): void {
  browser.runtime.onMessageExternal?.addListener((message: unknown, sender: MessageSender) => listener(message, sender));
}

export function onInstalled(listener: (details: Runtime.OnInstalledDetailsType) => void): void {
  browser.runtime.onInstalled.addListener(listener);
}

export async function activeTab(): Promise<Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Calls back when the person switches tabs in this page's own window (the side panel's window). */
export function onTabActivated(listener: (tabId: number) => void): () => void {
  let windowId: number | undefined;
  void browser.windows.getCurrent().then((window) => (windowId = window.id));
  const wrapped = (info: Tabs.OnActivatedActiveInfoType) => {
    if (windowId === undefined || info.windowId === windowId) listener(info.tabId);
  };
  browser.tabs.onActivated.addListener(wrapped);
  return () => browser.tabs.onActivated.removeListener(wrapped);
}

export const openExtensionPage = (path: string): Promise<Tab> => browser.tabs.create({ url: browser.runtime.getURL(path) });

export const openOptionsPage = (): Promise<void> => browser.runtime.openOptionsPage();

export async function readLocal<T = unknown>(key: string): Promise<T | undefined> {
  const found = await browser.storage.local.get(key);
  return found[key] as T | undefined;
}

export const writeLocal = (key: string, value: unknown): Promise<void> => browser.storage.local.set({ [key]: value });

export function onLocalChanged(listener: (changes: Record<string, Storage.StorageChange>) => void): () => void {
  const wrapped = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local') listener(changes);
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}

/** The local and sync storage areas, for src/platform/settings.ts; sync is null where the browser has none. */
export const localArea = {
  get: (keys: string[]): Promise<Record<string, unknown>> => browser.storage.local.get(keys),
  set: (items: Record<string, unknown>): Promise<void> => browser.storage.local.set(items),
  remove: (keys: string[]): Promise<void> => browser.storage.local.remove(keys),
};

export function syncArea(): typeof localArea | null {
  const sync = (browser.storage as Partial<typeof browser.storage>).sync;
  if (!sync) return null;
  return {
    get: (keys: string[]) => sync.get(keys),
    set: (items: Record<string, unknown>) => sync.set(items),
    remove: (keys: string[]) => sync.remove(keys),
  };
}

/** Changes in storage.local or storage.sync, with the area they happened in. */
export function onStorageChanged(listener: (changes: Record<string, Storage.StorageChange>, area: 'local' | 'sync') => void): () => void {
  const wrapped = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' || area === 'sync') listener(changes, area);
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}

export const uiLanguage = (): string => browser.i18n.getUILanguage();
export const i18nMessage = (key: string, substitutions?: string | string[]): string => browser.i18n.getMessage(key, substitutions);

/** Chrome's side panel, where there is one (Chrome 116+); Firefox has none. */
export function hasSidePanel(): boolean {
  return typeof globalThis.chrome?.sidePanel?.open === 'function';
}

/**
 * Opens the side panel in a tab. Call it first thing in a user-gesture handler (click, menu,
 * command, or a message sent from one): any await before it loses the gesture.
 */
export function openSidePanel(tabId: number): Promise<void> {
  return chrome.sidePanel.open({ tabId });
}

/** Opens one of the extension's pages in a new tab next to the current one. */
export const openExtensionTab = (pathWithQuery: string): Promise<Tab> => browser.tabs.create({ url: browser.runtime.getURL(pathWithQuery) });

export function createContextMenu(item: { id: string; title: string; contexts: ('page' | 'selection' | 'link')[]; documentUrlPatterns?: string[] }): void {
  browser.contextMenus.create(item, () => void browser.runtime.lastError);
}

export function onContextMenuClicked(listener: (menuItemId: string, tab: Tab | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => listener(String(info.menuItemId), tab));
}

export function onCommand(listener: (command: string, tab: Tab | undefined) => void): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tab) => listener(command, tab));
}

/** Session storage: kept while the browser runs, gone after; the worker and extension pages share it. */
export async function readSession<T = unknown>(key: string): Promise<T | undefined> {
  const found = await browser.storage.session.get(key);
  return found[key] as T | undefined;
}

export const writeSession = (key: string, value: unknown): Promise<void> => browser.storage.session.set({ [key]: value });

export function onSessionChanged(listener: (changes: Record<string, Storage.StorageChange>) => void): () => void {
  const wrapped = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'session') listener(changes);
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}

export const writeClipboard = (text: string): Promise<void> => navigator.clipboard.writeText(text);

// ── Watched sites: optional host permissions and content scripts registered per origin.

/** Asks the person to let Hearken read these origins (must run in a user gesture); true when granted. */
export const requestOrigins = (origins: string[]): Promise<boolean> => browser.permissions.request({ origins });

export const removeOrigins = (origins: string[]): Promise<boolean> => browser.permissions.remove({ origins });

/** Every host pattern granted now (the manifest's and those the person added). */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

/** The built content script (loader) and its styles, and where the manifest runs it. */
export function manifestContentScript(): { js: string[]; css: string[]; matches: string[] } {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  return { js: script?.js ?? [], css: script?.css ?? [], matches: script?.matches ?? [] };
}

export interface DynamicScript {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
}

export async function registeredScripts(): Promise<{ id: string; matches?: string[] }[]> {
  return browser.scripting.getRegisteredContentScripts();
}

export const registerScripts = (scripts: DynamicScript[]): Promise<void> =>
  browser.scripting.registerContentScripts(scripts.map((s) => ({ ...s, runAt: 'document_idle' as const, persistAcrossSessions: true })));

export const unregisterScripts = (ids: string[]): Promise<void> => browser.scripting.unregisterContentScripts({ ids });

/** Runs the content script in a tab now (the page was open before the site was added). */
export async function injectIntoTab(tabId: number, js: string[], css: string[]): Promise<void> {
  if (css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js });
}

/** A tab's address, when Hearken may know it (activeTab after a click on its icon, or a granted origin). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
