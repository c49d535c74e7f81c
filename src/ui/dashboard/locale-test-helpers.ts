// Test helper: the extension's real locale files as a Translate function, as Chrome would
// substitute them ($1…$9, $$ for a dollar sign).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from './sentences';

export const LANGS = ['en', 'ru', 'fi', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

export function messages(lang: Lang): Record<string, { message: string }> {
  const path = join(__dirname, '../../../public/_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
}

export function translator(lang: Lang): Translate {
  const table = messages(lang);
  return (key, ...subs) => {
    const entry = table[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\$|\d)/g, (_all, which: string) => (which === '$' ? '$' : String(subs[Number(which) - 1] ?? '')));
  };
}
