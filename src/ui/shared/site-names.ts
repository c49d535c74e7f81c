// Sites by the names their users know; product names are not translated.
import type { SiteId } from '../../core/model';

export const SITE_NAMES: Partial<Record<SiteId, string>> = {
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

export const EDITABLE_SITES = Object.keys(SITE_NAMES) as SiteId[];
