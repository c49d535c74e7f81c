import { useState } from 'preact/hooks';
import type { PeopleSummary } from '../../../core/metrics/people';
import { t } from '../../shared/i18n';
import { DataTable } from '../chart';
import type { Formatters } from '../format';
import { nameOf, peopleText } from '../sentences';
import { siteName } from '../site-names';
import { Section } from './section';

const ROWS = 20;

export function PeopleSection({ value, f }: { value: PeopleSummary; f: Formatters }) {
  const [middleOnly, setMiddleOnly] = useState(true);
  // Until someone comes back to your topics, everyone is shown.
  const onlyMiddle = middleOnly && value.counts.middle > 0;
  const chosen = value.people.filter((person) => !onlyMiddle || person.band === 'middle').slice(0, ROWS);
  return (
    <Section id="people" title={t('dashPeopleTitle')} sentences={peopleText(value, t, f)}>
      {value.people.length > 0 && (
        <>
          {value.counts.middle > 0 && (
            <label class="check">
              <input type="checkbox" checked={middleOnly} onChange={(event) => setMiddleOnly(event.currentTarget.checked)} />
              {t('dashPeopleMiddleOnly')}
            </label>
          )}
          <DataTable
            caption={t('dashPeopleTable', f.number(chosen.length))}
            head={[t('dashPerson'), t('dashSite'), t('dashPosts'), t('dashBand'), t('dashListened'), t('dashReplied'), t('dashLastContact')]}
            rows={chosen.map((person) => [
              person.url ? (
                <a href={person.url} target="_blank" rel="noreferrer noopener">
                  {person.name || person.handle || person.key}
                </a>
              ) : (
                person.name || person.handle || person.key
              ),
              siteName(person.site, t),
              f.number(person.posts),
              nameOf(t, 'band', person.band),
              f.number(person.listened),
              f.number(person.replied),
              person.lastContact ? f.dateTime(person.lastContact) : t('dashNever'),
            ])}
          />
        </>
      )}
    </Section>
  );
}
