// The content script recognises the site first and then loads only that site's adapter, so a page
// on X never parses the readers of eleven other sites.
import type { AdapterSite } from '../sites/recognise';
import type { SiteAdapter } from '../sites/types';

const LOADERS: Readonly<Record<AdapterSite, () => Promise<SiteAdapter>>> = {
  x: () => import('../sites/x').then((m) => m.x),
  linkedin: () => import('../sites/linkedin').then((m) => m.linkedin),
  reddit: () => import('../sites/reddit').then((m) => m.reddit),
  hn: () => import('../sites/hn').then((m) => m.hn),
  stackexchange: () => import('../sites/stackexchange').then((m) => m.stackexchange),
  discourse: () => import('../sites/discourse').then((m) => m.discourse),
  xenforo: () => import('../sites/xenforo').then((m) => m.xenforo),
  vbulletin: () => import('../sites/vbulletin').then((m) => m.vbulletin),
  forumotion: () => import('../sites/forumotion').then((m) => m.forumotion),
  phpbb: () => import('../sites/phpbb').then((m) => m.phpbb),
  mastodon: () => import('../sites/mastodon').then((m) => m.mastodon),
  facebook: () => import('../sites/facebook').then((m) => m.facebook),
};

/** The adapter of a recognised site (see sites/recognise), loaded on demand. */
export function loadAdapter(site: AdapterSite): Promise<SiteAdapter> {
  return LOADERS[site]();
}
