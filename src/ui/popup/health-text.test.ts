import { describe, expect, it } from 'vitest';
import { healthIssues, healthOf } from '../../sites/page-health';
import { parseDocument } from '../../sites/parse-html';
import { reddit } from '../../sites/reddit';
import { x } from '../../sites/x';
import { LANGS, messages, translator, type Lang } from '../dashboard/locale-test-helpers';
import { describeHealthIssue, type HealthWords } from './health-text';

function words(lang: Lang): HealthWords {
  const t = translator(lang);
  const table = messages(lang);
  return {
    t,
    plural: (key, count, ...more) => {
      const specific = `${key}_${new Intl.PluralRules(lang).select(count)}`;
      return t(specific in table ? specific : `${key}_other`, count, ...more);
    },
  };
}

const emptyX = parseDocument('<html><body><main></main></body></html>');
const X_STATUS = new URL('https://x.com/acmecorp/status/1');

describe('site health in the UI language', () => {
  it('turns the adapters’ findings into data, with the English sentences kept for the CLI', () => {
    const tally = { found: 10, withoutAuthor: 8, withoutText: 7, unreadable: 3 };
    const doc = parseDocument('<html><body></body></html>');
    const url = new URL('https://www.reddit.com/r/suomi/comments/abc/x/');
    expect(healthIssues(reddit, url, doc, tally)).toEqual([{ code: 'no-authors' }, { code: 'no-text' }, { code: 'unreadable', count: 3 }]);
    expect(healthOf(reddit, url, doc, tally).problems[2]).toBe('Hearken could not read 3 posts on this Reddit page; the site may have changed — report it.');
    expect(healthIssues(x, X_STATUS, emptyX, { found: 0, withoutAuthor: 0, withoutText: 0, unreadable: 0 })).toEqual([{ code: 'no-posts' }]);
  });

  it('words each finding in every language', () => {
    expect(describeHealthIssue({ code: 'no-posts' }, 'X', words('en'))).toBe('Hearken found no posts on this X page.');
    expect(describeHealthIssue({ code: 'no-posts' }, 'X', words('fi'))).toBe('Hearken ei löytänyt tältä X-sivulta yhtään viestiä.');
    expect(describeHealthIssue({ code: 'no-authors' }, 'Reddit', words('sv'))).toBe('Hearken kunde inte avgöra vem som skrivit de flesta inläggen på den här Reddit-sidan.');
    expect(describeHealthIssue({ code: 'no-text' }, 'LinkedIn', words('ru'))).toBe('Hearken не смог прочитать текст большинства постов на этой странице LinkedIn.');
  });

  it('uses the plural form each language needs for the count', () => {
    const ru = words('ru');
    expect(describeHealthIssue({ code: 'unreadable', count: 1 }, 'X', ru)).toBe('Hearken не смог прочитать 1 пост на этой странице X.');
    expect(describeHealthIssue({ code: 'unreadable', count: 3 }, 'X', ru)).toBe('Hearken не смог прочитать 3 поста на этой странице X.');
    expect(describeHealthIssue({ code: 'unreadable', count: 11 }, 'X', ru)).toBe('Hearken не смог прочитать 11 постов на этой странице X.');
    expect(describeHealthIssue({ code: 'unreadable', count: 1 }, 'X', words('en'))).toBe('Hearken could not read 1 post on this X page.');
    expect(describeHealthIssue({ code: 'unreadable', count: 2 }, 'X', words('en'))).toBe('Hearken could not read 2 posts on this X page.');
  });

  it.each(LANGS)('has every health message in %s', (lang) => {
    const table = messages(lang);
    for (const key of ['healthNoPosts', 'healthNoAuthors', 'healthNoText', 'healthReport', 'healthUnreadable_one', 'healthUnreadable_other']) {
      expect(table[key]?.message, key).toBeTruthy();
    }
  });
});
