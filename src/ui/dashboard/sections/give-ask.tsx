import type { GiveAsk } from '../../../core/metrics/give-ask';
import { t } from '../../shared/i18n';
import { DataTable } from '../chart';
import type { Formatters } from '../format';
import { giveAskText, nameOf } from '../sentences';
import { Bar, Section } from './section';

export function GiveAskSection({ value, f }: { value: GiveAsk; f: Formatters }) {
  const total = value.give + value.ask;
  return (
    <Section id="give" title={t('dashGiveTitle')} sentences={giveAskText(value, t, f)}>
      {total > 0 && (
        <>
          <dl class="split">
            <div>
              <dt>{t('dashGave')}</dt>
              <dd>
                <span class="big">{f.number(value.give)}</span>
                <Bar share={value.give / total} tone="give" />
              </dd>
            </div>
            <div>
              <dt>{t('dashAsked')}</dt>
              <dd>
                <span class="big">{f.number(value.ask)}</span>
                <Bar share={value.ask / total} tone="ask" />
              </dd>
            </div>
          </dl>
          {value.askCues.length > 0 && (
            <DataTable
              caption={t('dashAskCues')}
              head={[t('dashAskCue'), t('dashReplies')]}
              rows={value.askCues.map((cue) => [nameOf(t, 'askCue', cue.cue), f.number(cue.count)])}
            />
          )}
        </>
      )}
    </Section>
  );
}
