// Every UI string lives in _locales in all four languages, and no component hard-codes one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, UI_LOCALES } from './message-format';

const root = resolve(__dirname, '../../..');
const catalogs = Object.fromEntries(
  UI_LOCALES.map((locale) => [locale, JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>]),
);

/** Names that are the same in every language. */
const ALLOWED_LITERALS = new Set(['Hearken', 'X', 'LinkedIn', 'Reddit']);
const PLURAL = /_(zero|one|two|few|many|other)$/;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

const components = files(join(root, 'src/ui'), '.tsx').filter((path) => !path.endsWith('.test.tsx'));
const uiSources = files(join(root, 'src/ui'), '.ts').concat(components).filter((path) => !/\.test\.tsx?$/.test(path));

/** Literal text between JSX tags and literal user-facing attributes. */
export function hardCodedStrings(source: string): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(/(?<![=-])>([^<>{}`]*)</g)) {
    const text = match[1]!.trim();
    // "a > b" comparisons and generics also sit between > and <; JSX text has letters and no code punctuation.
    if (!/\p{L}/u.test(text) || /[;=()&|]|=>|\breturn\b/u.test(text)) continue;
    if (!ALLOWED_LITERALS.has(text)) found.push(text);
  }
  for (const match of code.matchAll(/\b(aria-label|title|placeholder|alt|aria-description|aria-roledescription)=(["'])([^"']*)\2/g)) {
    const text = match[3]!.trim();
    if (/\p{L}/u.test(text) && !ALLOWED_LITERALS.has(text)) found.push(`${match[1]}="${text}"`);
  }
  return found;
}

describe('locales', () => {
  it('have every key in every language (plural keys: every form the language uses)', () => {
    const keys = new Set(UI_LOCALES.flatMap((locale) => Object.keys(catalogs[locale]!)));
    // A plural family is a key with a "_one" form somewhere ("intent_other" alone is an ordinary key).
    const pluralBases = new Set([...keys].filter((key) => key.endsWith('_one')).map((key) => key.slice(0, -'_one'.length)));
    const missing: string[] = [];
    for (const key of keys) {
      const match = PLURAL.exec(key);
      const plural = match && pluralBases.has(key.slice(0, match.index)) ? match : null;
      for (const locale of UI_LOCALES) {
        const catalog = catalogs[locale]!;
        if (plural) {
          const base = key.slice(0, plural.index);
          const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
          for (const category of needed) if (!catalog[`${base}_${category}`]) missing.push(`${locale}: ${base}_${category}`);
        } else if (!catalog[key]?.message) missing.push(`${locale}: ${key}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('name their messages the way Chrome accepts (else the extension does not load)', () => {
    const invalid = UI_LOCALES.flatMap((locale) => Object.keys(catalogs[locale]!).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key)).map((key) => `${locale}: ${key}`));
    expect(invalid).toEqual([]);
  });

  it('use the same $1… placeholders in every language', () => {
    const mismatched: string[] = [];
    for (const key of Object.keys(catalogs.en!)) {
      if (PLURAL.test(key) && catalogs.en![key.replace(PLURAL, '_one')]) continue;
      const slots = (locale: string) => [...new Set(catalogs[locale]![key]?.message.match(/\$[1-9]/g) ?? [])].sort().join(',');
      for (const locale of UI_LOCALES) if (slots(locale) !== slots('en')) mismatched.push(`${locale}: ${key}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('hold every key the UI asks for by name', () => {
    const asked = new Set<string>();
    for (const path of uiSources) {
      for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:t|plural)\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(match[1]!);
    }
    expect(asked.size).toBeGreaterThan(50);
    const missing = [...asked].filter((key) => !UI_LOCALES.every((locale) => catalogs[locale]![key] || catalogs[locale]![`${key}_other`]));
    expect(missing).toEqual([]);
  });
});

describe('components', () => {
  it('hard-code no user-visible text', () => {
    const offenders = components.flatMap((path) => hardCodedStrings(readFileSync(path, 'utf8')).map((text) => `${relative(root, path)}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('the scanner catches JSX text and literal labels, and lets t() calls and brand names through', () => {
    const source = `export const A = () => (<main aria-label="Main area"><h1>Hearken</h1><p>Save now</p><button title={t('x')}>{t('y')}</button>{a > b && c < d}</main>);`;
    expect(hardCodedStrings(source)).toEqual(['Save now', 'aria-label="Main area"']);
  });
});

describe('formatMessage', () => {
  it('fills positional and named placeholders like Chrome does', () => {
    expect(formatMessage({ message: 'Saved $1 of $2, $$5' }, ['3', '4'])).toBe('Saved 3 of 4, $5');
    expect(formatMessage({ message: 'Hi $WHO$!', placeholders: { who: { content: '$1' } } }, ['Sam'])).toBe('Hi Sam!');
  });
});
