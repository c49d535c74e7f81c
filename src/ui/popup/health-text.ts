// The adapters' self-check reports what is wrong as data (src/sites/page-health.ts); the popup
// says it in the UI language. The CLI keeps its English sentences.
import type { PageHealth } from '../../messaging/protocol';

type HealthIssue = PageHealth['issues'][number];

export interface HealthWords {
  t(key: string, ...substitutions: (string | number)[]): string;
  /** A count with its plural form (see plural() in ../shared/i18n). */
  plural(key: string, count: number, ...more: (string | number)[]): string;
}

export function describeHealthIssue(issue: HealthIssue, siteLabel: string, words: HealthWords): string {
  switch (issue.code) {
    case 'no-posts':
      return words.t('healthNoPosts', siteLabel);
    case 'no-authors':
      return words.t('healthNoAuthors', siteLabel);
    case 'no-text':
      return words.t('healthNoText', siteLabel);
    case 'unreadable':
      return words.plural('healthUnreadable', issue.count, siteLabel);
  }
}
