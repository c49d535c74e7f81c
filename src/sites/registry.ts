// Every site adapter, in the order they are tried. A page is matched by its URL's host first
// (adapters that own a domain), then by its markup (forum engines and Mastodon run on any domain).
import type { SiteAdapter } from './types';
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
  // ── Add one entry per adapter here (order matters only for detect(): more specific first).
];

/** The adapter for a page: the one owning the URL's host, else the first whose markup matches. */
export function pickAdapter(url: URL, doc: Document): SiteAdapter | null {
  for (const adapter of ADAPTERS) if (adapter.matchesUrl(url)) return adapter;
  for (const adapter of ADAPTERS) if (adapter.detect(doc)) return adapter;
  return null;
}

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}
