// Every site adapter. Which one a page gets is decided in recognise.ts (by the URL's host, then by
// the markup), so the content script can decide it before loading the adapter.
import type { SiteAdapter } from './types';
import { recognise } from './recognise';
import { x } from './x';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { hn } from './hn';
import { stackexchange } from './stackexchange';
import { discourse } from './discourse';
import { xenforo } from './xenforo';
import { vbulletin } from './vbulletin';
import { forumotion } from './forumotion';
import { phpbb } from './phpbb';
import { mastodon } from './mastodon';
import { facebook } from './facebook';
// ── Forum engines, Hacker News, Stack Exchange, Mastodon, Facebook: add one import per adapter here.

export const ADAPTERS: readonly SiteAdapter[] = [
  x,
  linkedin,
  reddit,
  hn,
  stackexchange,
  discourse,
  xenforo,
  vbulletin,
  forumotion,
  phpbb,
  mastodon,
  facebook,
  // ── Add one entry per adapter here, and its recogniser in recognise.ts.
];

/** The adapter for a page: the one owning the URL's host, else the first whose markup matches. */
export function pickAdapter(url: URL, doc: Document): SiteAdapter | null {
  const site = recognise(url, doc);
  return site ? (adapterById(site) ?? null) : null;
}

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}
