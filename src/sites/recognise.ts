// How each site is recognised, apart from how it is read: by its URL's host (sites that own a
// domain) or by its markup (forum engines and Mastodon run on any domain). Kept small and free
// of the adapters so the content script can pick a site first and load only that site's reader.
import type { SiteId } from '../core/model';

/** Sites with an adapter (pasted text and unknown pages have none). */
export type AdapterSite = Exclude<SiteId, 'text' | 'unknown'>;

export interface SiteRecogniser {
  readonly id: AdapterSite;
  /** True when this site owns the URL (by host). Forum engines return false and use detect(). */
  matchesUrl(url: URL): boolean;
  /** True when the markup says this is the site, on any domain. */
  detect(doc: Document): boolean;
}

const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);
const HN_HOSTS = new Set(['news.ycombinator.com']);
const STACKEXCHANGE_HOSTS = new Set(['stackoverflow.com', 'superuser.com', 'serverfault.com', 'askubuntu.com', 'mathoverflow.net', 'stackapps.com', 'stackexchange.com']);
const FACEBOOK_HOSTS = /(^|\.)facebook\.com$/;
/** Facebook's old story containers, most specific first (the adapter's post selectors). */
export const FACEBOOK_POST_CSS = ['div.fbUserStory', 'div._5pcr.userContentWrapper', 'div.userContentWrapper'] as const;

const ownsDomain = (domain: string) => (url: URL) => url.hostname === domain || url.hostname.endsWith(`.${domain}`);
const never = () => false;

export function isXUrl(url: URL): boolean {
  return X_HOSTS.has(url.hostname.replace(/^www\./, ''));
}

/** Forumotion pages load their scripts and icons from illiweb.com and define _userdata. */
export function isForumotion(doc: Document): boolean {
  if (doc.querySelector('script[src*="illiweb.com"], link[href*="illiweb.com"]')) return true;
  if (doc.querySelector('a[href*="forumotion."], a[href*="forumactif."], a[href*="forumieren."], a[href*="foroactivo."]') && doc.querySelector('div.post[id^="p"]')) return true;
  return Array.from(doc.querySelectorAll('script:not([src])')).some((s) => /\b_userdata\s*=|\b_lang\s*=\s*\{[^}]*"Forumotion/.test(s.textContent ?? ''));
}

export const x: SiteRecogniser = {
  id: 'x',
  matchesUrl: isXUrl,
  detect: (doc) => doc.querySelector('article[data-testid="tweet"], div.tweet[data-tweet-id]') !== null,
};

export const linkedin: SiteRecogniser = {
  id: 'linkedin',
  matchesUrl: ownsDomain('linkedin.com'),
  detect: (doc) => doc.querySelector('.feed-shared-update-v2, article.main-feed-activity-card, [data-urn^="urn:li:activity:"]') !== null,
};

export const reddit: SiteRecogniser = {
  id: 'reddit',
  matchesUrl: ownsDomain('reddit.com'),
  detect: (doc) => doc.querySelector('shreddit-app, shreddit-post, div.thing[data-fullname], [data-testid="post-container"]') !== null,
};

export const hn: SiteRecogniser = {
  id: 'hn',
  matchesUrl: (url) => HN_HOSTS.has(url.hostname),
  detect: (doc) =>
    doc.querySelector('tr.athing') !== null && doc.querySelector('a[href="news"], a[href^="https://news.ycombinator.com"], span.pagetop') !== null,
};

export const stackexchange: SiteRecogniser = {
  id: 'stackexchange',
  matchesUrl: (url) => {
    const host = url.hostname.toLowerCase();
    if (STACKEXCHANGE_HOSTS.has(host)) return true;
    // Subdomains are network sites too: ru.stackoverflow.com, meta.superuser.com, …
    for (const parent of STACKEXCHANGE_HOSTS) if (host.endsWith(`.${parent}`)) return true;
    return false;
  },
  detect: (doc) => doc.querySelector('#question[data-questionid] .js-post-body, #question[data-questionid] .post-text') !== null,
};

export const discourse: SiteRecogniser = {
  id: 'discourse',
  matchesUrl: never,
  detect: (doc) =>
    doc.querySelector('meta[name="generator"][content^="Discourse"], meta[name="discourse_theme_id"], meta[name="discourse_current_homepage"], #data-discourse-setup, link[href*="/stylesheets/discourse"]') !== null,
};

export const xenforo: SiteRecogniser = {
  id: 'xenforo',
  matchesUrl: never,
  detect: (doc) => {
    const html = doc.documentElement;
    if (html?.id === 'XF' || html?.hasAttribute('data-xf')) return true;
    if (html?.getAttribute('data-app') === 'public' && doc.querySelector('[data-xf-init]')) return true;
    // XenForo 1: html#XenForo and its copyright line.
    return html?.id === 'XenForo' || doc.querySelector('a[href*="xenforo.com"][class*="copyright"], .copyright a[href*="xenforo.com"]') !== null;
  },
};

export const vbulletin: SiteRecogniser = {
  id: 'vbulletin',
  matchesUrl: never,
  detect: (doc) =>
    doc.documentElement?.id === 'vbulletin_html' ||
    doc.querySelector('meta[name="generator"][content^="vBulletin" i], script[src*="vbulletin" i], script[src*="vbulletin_global"], link[href*="vbulletin" i]') !== null ||
    Array.from(doc.querySelectorAll('script:not([src])')).some((s) => /\bvBulletin_init\(|\bvBulletin\.(version|register_control)|var vBulletin\b/.test(s.textContent ?? '')),
};

export const forumotion: SiteRecogniser = { id: 'forumotion', matchesUrl: never, detect: isForumotion };

export const phpbb: SiteRecogniser = {
  id: 'phpbb',
  matchesUrl: never,
  detect: (doc) => {
    if (isForumotion(doc)) return false;
    if (doc.querySelector('body#phpbb, meta[name="generator"][content*="phpBB" i], link[href*="prosilver"], link[href*="styles/prosilver"]')) return true;
    const body = doc.body;
    const viewtopic = body?.classList.contains('section-viewtopic') || doc.querySelector('a[href*="viewtopic.php"]') !== null;
    return viewtopic && doc.querySelector('a[href*="phpbb.com"], div.post[id^="p"] .postbody') !== null;
  },
};

export const mastodon: SiteRecogniser = {
  id: 'mastodon',
  matchesUrl: never,
  detect: (doc) =>
    doc.querySelector('#mastodon, meta[name="application-name"][content="Mastodon" i]') !== null ||
    /"mastodon"|"version":"\d+\.\d+\.\d+/.test(doc.querySelector('script#initial-state')?.textContent?.slice(0, 2000) ?? ''),
};

export const facebook: SiteRecogniser = {
  id: 'facebook',
  matchesUrl: (url) => FACEBOOK_HOSTS.test(url.hostname),
  detect: (doc) => doc.documentElement?.id === 'facebook' && doc.querySelector(FACEBOOK_POST_CSS.join(',')) !== null,
};

/** Every site in the order they are tried (order matters only for detect(): more specific first). */
export const RECOGNISERS: readonly SiteRecogniser[] = [x, linkedin, reddit, hn, stackexchange, discourse, xenforo, vbulletin, forumotion, phpbb, mastodon, facebook];

/** The site a page belongs to: the one owning the URL's host, else the first whose markup matches. */
export function recognise(url: URL, doc: Document): AdapterSite | null {
  for (const site of RECOGNISERS) if (site.matchesUrl(url)) return site.id;
  for (const site of RECOGNISERS) if (site.detect(doc)) return site.id;
  return null;
}
