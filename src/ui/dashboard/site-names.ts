import type { SiteId } from '../../core/model';
import { SITE_NAMES } from '../shared/site-names';
import type { Translate } from './sentences';

export function siteName(site: string, t: Translate): string {
  return SITE_NAMES[site as SiteId] ?? t(site === 'text' ? 'dashSiteText' : 'dashSiteUnknown');
}
