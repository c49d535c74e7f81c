// Every extension page in every UI language: axe finds nothing, and the options and practice
// pages are photographed per language (docs/screenshots/). The language is switched with the
// override Options offers (the "uiLanguage" setting in storage.local and storage.sync), as a person would.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';

const LOCALES = ['en', 'ru', 'fi', 'sv'] as const;
const PAGES = [
  { name: 'popup', path: 'src/ui/popup/index.html', ready: 'main' },
  { name: 'options', path: 'src/ui/options/index.html', ready: '.watch-item' },
  { name: 'practice', path: 'src/ui/practice/index.html', ready: '.scenario-button' },
  { name: 'dashboard', path: 'src/ui/dashboard/index.html', ready: 'h1' },
  { name: 'sidepanel', path: 'src/ui/sidepanel/index.html', ready: 'main' },
] as const;
const H1 = { en: 'Hearken practice', ru: 'Тренировка Hearken', fi: 'Hearken-harjoitukset', sv: 'Övningar i Hearken' };

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const locale of LOCALES) {
  test(`accessibility in ${locale}: axe finds no violations on any extension page; screenshots`, async ({ context, extensionId }) => {
    // Twelve pages, each loaded and audited: slow on a busy 2-core machine.
    test.setTimeout(150_000);
    const base = `chrome-extension://${extensionId}/`;
    const setup = await context.newPage();
    await setup.goto(`${base}src/ui/options/index.html`);
    await setup.locator('#ui-language').selectOption(locale);
    await expect(setup.locator('html')).toHaveAttribute('lang', locale);
    await setup.close();

    for (const { name, path, ready } of PAGES) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(base + path);
        await expect(page.locator(ready).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        expect(await axe(page), `${name} (${scheme})`).toEqual([]);
        if (name === 'practice' && scheme === 'light') {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(H1[locale]);
          // Walk a scenario far enough to show the thread, the steps and the live checker.
          await page.locator('.scenario-button').first().click();
          await page.locator('.sim-more').click();
          await page.locator('input[name="need"]').first().check();
          await page.locator('input[name="template"]').first().check();
          await expect(page.locator('#draft-check')).not.toBeEmpty();
          expect(await axe(page), `${name} with a scenario open`).toEqual([]);
          await page.screenshot({ path: `docs/screenshots/practice-${locale}.png`, fullPage: true });
        }
        if (name === 'options' && scheme === 'light') {
          await page.locator('#field-watch-0-label').fill('');
          await expect(page.locator('.field-error').first()).toBeVisible();
          expect(await axe(page), `${name} with an error shown`).toEqual([]);
          await page.screenshot({ path: `docs/screenshots/options-${locale}.png` });
        }
        await page.close();
      }
    }
  });
}

test('keyboard alone: options and practice are usable with Tab, Space and Enter, focus always visible', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/ui/practice/index.html`);
  await expect(page.locator('.scenario-button').first()).toBeVisible();
  const focusVisible = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
  // Tab to the first scenario and open it with Enter.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('scenario-button'))); i += 1) await page.keyboard.press('Tab');
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-listen')).toBeFocused();
  // Onward to "show more replies", then the first need.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('sim-more'))); i += 1) await page.keyboard.press('Tab');
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press('Enter');
  // The replies open and the reader's place moves to the first of them (in the next frame: on a
  // busy machine a Tab pressed before that started from the page's top).
  await expect(page.locator('[id^="sim-post-"]:focus')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="need"]:checked')).toHaveCount(1);
});
