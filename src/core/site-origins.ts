// Origins and match patterns for the sites a person adds with "Watch this site": forums and
// Mastodon servers live on any domain, so the content script is registered per origin at run
// time. Pure: no browser APIs, so the popup, the service worker and tests share it.

/** Registered content scripts Hearken owns carry this id prefix, then the origin. */
export const WATCH_SCRIPT_PREFIX = 'hearken-watch:';

/** The origin of a page Hearken may be asked to watch (http or https only), else null. */
export function watchableOrigin(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname) return null;
  return parsed.origin;
}

/** "https://forum.example" → "https://forum.example/*", the pattern asked for and registered. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The origin a single-origin pattern stands for ("https://forum.example/*"), else null (wildcards, paths). */
export function patternOrigin(pattern: string): string | null {
  const m = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  if (!m) return null;
  return watchableOrigin(`${m[1]}://${m[2]}/`);
}

export function scriptIdFor(origin: string): string {
  return `${WATCH_SCRIPT_PREFIX}${origin}`;
}

export function originOfScriptId(id: string): string | null {
  return id.startsWith(WATCH_SCRIPT_PREFIX) ? watchableOrigin(id.slice(WATCH_SCRIPT_PREFIX.length)) : null;
}

const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Whether a WebExtension match pattern ("https://*.stackexchange.com/*", "<all_urls>") covers a URL. */
export function patternMatches(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return /^(https?|wss?|ftp|file):$/.test(parsed.protocol);
  const m = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme = '', host = '', path = ''] = m;
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  const hostname = parsed.hostname.toLowerCase();
  const wanted = host.toLowerCase().replace(/:\d+$/, '');
  if (wanted !== '*') {
    if (wanted.startsWith('*.')) {
      const base = wanted.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== wanted) return false;
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(parsed.pathname + parsed.search);
}

/** Whether the extension's own content script (its manifest matches) already runs on a URL. */
export function coveredBy(matches: readonly string[], url: string): boolean {
  return matches.some((pattern) => patternMatches(pattern, url));
}

export interface RegisteredScript {
  id: string;
  matches?: readonly string[];
}

export interface WatchPlan {
  /** Origins to register the content script on. */
  register: string[];
  /** Registered script ids to remove. */
  unregister: string[];
  /** The origins watched once the plan is carried out, sorted. */
  watched: string[];
}

/**
 * What to change so that registrations equal the granted origins: every granted single origin
 * the manifest does not already cover gets one script; a script of ours whose origin is no
 * longer granted (or whose matches are stale) goes. Broad grants ("https://*\/*") watch nothing.
 */
export function planSync(grantedOrigins: readonly string[], registered: readonly RegisteredScript[], manifestMatches: readonly string[]): WatchPlan {
  const wanted = new Set<string>();
  for (const pattern of grantedOrigins) {
    const origin = patternOrigin(pattern);
    if (origin && !coveredBy(manifestMatches, `${origin}/`)) wanted.add(origin);
  }
  const have = new Set<string>();
  const unregister: string[] = [];
  for (const script of registered) {
    const origin = originOfScriptId(script.id);
    if (origin === null) continue; // not ours
    const current = script.matches?.length === 1 && script.matches[0] === originPattern(origin);
    if (wanted.has(origin) && current && !have.has(origin)) have.add(origin);
    else unregister.push(script.id);
  }
  const register = [...wanted].filter((origin) => !have.has(origin)).sort();
  return { register, unregister, watched: [...wanted].sort() };
}
