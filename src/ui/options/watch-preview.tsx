// What one watch item finds in the sample text, with the same engine the content script uses.
import { useMemo } from 'preact/hooks';
import { createWatcher } from '../../core/engine';
import { parsePlaybook } from '../../core/playbook';
import { t } from '../shared/i18n';
import { watchCandidate, type WatchForm } from './playbook-form';

export function WatchPreview({ item, sample }: { item: WatchForm; sample: string }) {
  const result = useMemo(() => {
    const parsed = parsePlaybook({ hearken: 1, name: 'preview', persona: { name: '', role: '', organization: '', affiliated: false, disclosure: '' }, watch: [watchCandidate(item)] });
    if (!parsed.ok) return null;
    return createWatcher(parsed.playbook)(sample);
  }, [item, sample]);
  if (!result) return <p class="preview preview-off">{t('optPreviewInvalid')}</p>;
  const surfaces = [...new Set(result.matches.map((match) => match.surface))];
  if (result.labels.length === 0) return <p class="preview preview-none">{t('optPreviewNone')}</p>;
  return (
    <p class="preview preview-hit">
      <span aria-hidden="true">✓ </span>
      {surfaces.length > 0 ? t('optPreviewMatches', surfaces.map((s) => `“${s}”`).join(', ')) : t('optPreviewQueryOnly')}
    </p>
  );
}
