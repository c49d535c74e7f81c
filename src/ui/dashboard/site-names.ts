// Sites by the names their users know; product names are not translated.
import type { SiteId } from '../../core/model';
import type { Translate } from './sentences';

const NAMES: Partial<Record<SiteId, string>> = {
  x: 'X',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  hn: 'Hacker News',
  stackexchange: 'Stack Exchange',
  discourse: 'Discourse',
  xenforo: 'XenForo',
  vbulletin: 'vBulletin',
  phpbb: 'phpBB',
  forumotion: 'Forumotion',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
};

export function siteName(site: string, t: Translate): string {
  return NAMES[site as SiteId] ?? t(site === 'text' ? 'dashSiteText' : 'dashSiteUnknown');
}
