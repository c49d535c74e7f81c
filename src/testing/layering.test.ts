// The house's layering is enforced by ESLint; these cases prove the rules fire and stay quiet.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layering rules', () => {
  it('keeps src/core free of our other layers, the DOM and browser APIs', async () => {
    expect(await ruleIds('src/core/watch/example.ts', "import { x } from '../../sites/x';\nexport const y = x;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/core/example.ts', "import { db } from '../db/database';\nexport const y = db;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/core/example.ts', 'export const title = () => document.title;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('src/core/example.ts', "import Dexie from 'dexie';\nexport const D = Dexie;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/core/watch/example.ts', "import { tokenize } from '../text/tokenize';\nexport const t = tokenize;\n")).toEqual([]);
  });

  it('lets only src/platform touch browser.* and chrome.*', async () => {
    expect(await ruleIds('src/content/example.ts', 'export const id = () => chrome.runtime.id;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('src/ui/example.ts', 'export const id = () => browser.runtime.id;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('src/ui/example.ts', "import b from 'webextension-polyfill';\nexport const B = b;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/platform/example.ts', "import b from 'webextension-polyfill';\nexport const id = () => b.runtime.id + chrome.runtime.id;\n")).toEqual([]);
  });

  it('refuses page text becoming markup', async () => {
    expect(await ruleIds('src/content/example.ts', 'export const put = (el: Element, text: string) => { el.innerHTML = text; };\n')).toContain(
      'no-unsanitized/property',
    );
  });
});
