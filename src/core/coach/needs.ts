// What the person needs from us, named by the user before a draft opens.
import type { Intent } from '../model';
import type { CoachLang } from './text';

export const NEED_IDS = ['answer', 'help', 'acknowledgement', 'recommendation', 'nothing'] as const;
export type NeedId = (typeof NEED_IDS)[number];

export interface Need {
  id: NeedId;
  label: Record<CoachLang, string>;
  /** Template intents that fit this need; "nothing" opens no draft. */
  intents: Intent[];
}

export const NEEDS: readonly Need[] = [
  { id: 'answer', label: { en: 'An answer', ru: 'Ответ на вопрос', fi: 'Vastaus', sv: 'Ett svar' }, intents: ['question'] },
  { id: 'help', label: { en: 'Help with a problem', ru: 'Помощь с проблемой', fi: 'Apua ongelmaan', sv: 'Hjälp med ett problem' }, intents: ['complaint', 'crisis'] },
  { id: 'acknowledgement', label: { en: 'Acknowledgement', ru: 'Признание, что его услышали', fi: 'Tulla kuulluksi', sv: 'Att bli hörd' }, intents: ['praise', 'complaint', 'other'] },
  { id: 'recommendation', label: { en: 'A recommendation', ru: 'Совет, что выбрать', fi: 'Suositus', sv: 'En rekommendation' }, intents: ['buying', 'question'] },
  { id: 'nothing', label: { en: 'Nothing from us', ru: 'Ничего от нас', fi: 'Ei mitään meiltä', sv: 'Inget från oss' }, intents: [] },
];

/** The need that most likely fits a post's intent, as a starting suggestion the user confirms. */
export function suggestNeed(intent: Intent): NeedId {
  switch (intent) {
    case 'question':
      return 'answer';
    case 'complaint':
    case 'crisis':
      return 'help';
    case 'praise':
      return 'acknowledgement';
    case 'buying':
      return 'recommendation';
    default:
      return 'nothing';
  }
}
