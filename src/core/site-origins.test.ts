import { describe, expect, it } from 'vitest';
import { coveredBy, originOfScriptId, originPattern, patternMatches, patternOrigin, planSync, scriptIdFor, watchableOrigin } from './site-origins';

const MANIFEST = ['https://x.com/*', 'https://www.reddit.com/*', 'https://*.stackexchange.com/*', 'https://stackoverflow.com/*'];

describe('origins a person can watch', () => {
  it('takes the origin of http and https pages only', () => {
    expect(watchableOrigin('https://bittinurkka.example/threads/acme.48213/page-2#post-7')).toBe('https://bittinurkka.example');
    expect(watchableOrigin('http://forum.example.de:8080/showthread.php?t=1')).toBe('http://forum.example.de:8080');
    expect(watchableOrigin('https://мастодон.рф/@alex/1')).toBe('https://xn--80aiwgdbsi.xn--p1ai');
    for (const bad of ['chrome://extensions/', 'file:///tmp/a.html', 'chrome-extension://abc/popup.html', 'about:blank', 'not a url', undefined]) {
      expect(watchableOrigin(bad)).toBeNull();
    }
  });

  it('turns an origin into the one pattern asked for, and back', () => {
    expect(originPattern('https://forum.example')).toBe('https://forum.example/*');
    expect(patternOrigin('https://forum.example/*')).toBe('https://forum.example');
    expect(patternOrigin('http://localhost:3000/*')).toBe('http://localhost:3000');
    expect(patternOrigin('https://*/*')).toBeNull();
    expect(patternOrigin('https://*.example/*')).toBeNull();
    expect(patternOrigin('https://forum.example/threads/*')).toBeNull();
    expect(originOfScriptId(scriptIdFor('https://forum.example'))).toBe('https://forum.example');
    expect(originOfScriptId('someone-else')).toBeNull();
  });

  it('matches URLs against match patterns as the browser does', () => {
    expect(patternMatches('https://*.stackexchange.com/*', 'https://superuser.stackexchange.com/q/1')).toBe(true);
    expect(patternMatches('https://*.stackexchange.com/*', 'https://stackexchange.com/')).toBe(true);
    expect(patternMatches('https://*.stackexchange.com/*', 'https://evilstackexchange.com/')).toBe(false);
    expect(patternMatches('https://x.com/*', 'http://x.com/home')).toBe(false);
    expect(patternMatches('*://x.com/*', 'http://x.com/home')).toBe(true);
    expect(patternMatches('https://forum.example/threads/*', 'https://forum.example/members/1')).toBe(false);
    expect(patternMatches('<all_urls>', 'https://anything.example/')).toBe(true);
    expect(coveredBy(MANIFEST, 'https://www.reddit.com/r/x/')).toBe(true);
    expect(coveredBy(MANIFEST, 'https://bittinurkka.example/threads/1/')).toBe(false);
  });
});

describe('planSync: registrations follow the granted origins', () => {
  const script = (origin: string) => ({ id: scriptIdFor(origin), matches: [originPattern(origin)] });

  it('registers each newly granted origin once and keeps those already registered', () => {
    const plan = planSync(['https://forum.example/*', 'https://mastodon.example/*'], [script('https://forum.example')], MANIFEST);
    expect(plan).toEqual({ register: ['https://mastodon.example'], unregister: [], watched: ['https://forum.example', 'https://mastodon.example'] });
  });

  it('unregisters origins whose permission was removed, and never touches scripts that are not ours', () => {
    const plan = planSync([], [script('https://forum.example'), { id: 'other', matches: ['https://a.example/*'] }], MANIFEST);
    expect(plan).toEqual({ register: [], unregister: [scriptIdFor('https://forum.example')], watched: [] });
  });

  it('ignores broad grants and origins the manifest already reads', () => {
    const plan = planSync(['https://*/*', 'http://*/*', 'https://www.reddit.com/*', 'https://meta.stackexchange.com/*'], [], MANIFEST);
    expect(plan).toEqual({ register: [], unregister: [], watched: [] });
  });

  it('re-registers a script whose matches went stale, and drops duplicates', () => {
    const stale = { id: scriptIdFor('https://forum.example'), matches: ['https://forum.example/threads/*'] };
    const plan = planSync(['https://forum.example/*'], [stale], MANIFEST);
    expect(plan.unregister).toEqual([stale.id]);
    expect(plan.register).toEqual(['https://forum.example']);
  });
});
