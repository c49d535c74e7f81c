// Options: the playbook editor validates as you type, refuses a bad file without changing
// anything, shows what a good file changes, and open tabs follow the applied playbook at once.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, page as pageHtml, test } from './extension';

const X_HOME = 'https://x.com/home';
const demo = JSON.parse(readFileSync('src/core/demo-playbook.json', 'utf8')) as {
  watch: { label: string }[];
  [key: string]: unknown;
};

async function storedPlaybook(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(() => chrome.storage.local.get('playbook').then((found) => found.playbook));
}

function file(name: string, content: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') };
}

test('options: field errors as typed, bad import changes nothing, good import shows the diff and updates marks on an open X tab', async ({
  context,
  served,
  extensionId,
}) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  const globexMarks = x.locator('[data-hearken-match*="Globex"]');
  await expect(globexMarks.first()).toBeVisible();
  // Count only once every tweet has been read, or a late mark looks like a change.
  const tweets = x.locator('article[data-testid="tweet"]:not(article article)');
  await expect.poll(() => x.locator('[data-hearken-post]').count(), { timeout: 30_000 }).toBe(await tweets.count());
  const globexBefore = await globexMarks.count();
  const marksBefore = await x.locator('[data-hearken-match]').count();
  expect(globexBefore).toBeGreaterThan(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Hearken options');

  // Live preview: the default sample mentions Globex, so the Globex item finds it.
  const globexItem = options.locator('li.watch-item').filter({ has: options.locator('legend', { hasText: /^Globex$/ }) });
  await expect(globexItem.locator('.preview')).toContainText('“Globex”');

  // Errors appear next to the field as it is typed, and the field says it is invalid.
  const firstLabel = options.getByLabel('Label').first();
  await firstLabel.fill('');
  await expect(firstLabel).toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('#field-watch-0-label-error')).toHaveText('Must not be empty.');
  const query = options.getByLabel('Query (optional)').first();
  await query.fill('acme AND (');
  await expect(options.locator('#field-watch-0-query-error')).toContainText("The query can't be read");
  await options.getByRole('button', { name: 'Undo unsaved changes' }).click();
  await expect(firstLabel).toHaveValue('Acme');
  await expect(options.locator('.field-error')).toHaveCount(0);

  // A bad file: a clear error naming the place, and nothing changes anywhere.
  const bad = structuredClone(demo) as Record<string, unknown> & { watch: Record<string, unknown>[] };
  bad.watch[0]!.kind = 'company';
  bad.watch[1]!.terms = [];
  await options.locator('#import-file').setInputFiles(file('team-playbook.json', JSON.stringify(bad)));
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('“team-playbook.json” is not a playbook Hearken can use. Nothing was changed.');
  await expect(alert).toContainText('watch.0.kind: Must be one of: brand, product, competitor, person, topic.');
  await expect(alert).toContainText('watch.1.terms: Add at least one word.');
  await options.locator('#import-file').setInputFiles(file('notes.json', '{"hearken": 1, "name": '));
  await expect(alert).toContainText('This is not a JSON file');
  expect(await storedPlaybook(options)).toBeUndefined();
  await expect(options.locator('.import-review')).toHaveCount(0);
  await expect(globexMarks).toHaveCount(globexBefore);

  // A good file: the diff first, then apply; the open X tab drops the Globex marks without a reload.
  const good = structuredClone(demo);
  good.watch = good.watch.filter((item) => item.label !== 'Globex');
  (good as unknown as { name: string }).name = 'Acme without Globex';
  await options.locator('#import-file').setInputFiles(file('acme-only.json', JSON.stringify(good)));
  const review = options.locator('.import-review');
  await expect(review.getByRole('heading')).toHaveText('Importing “acme-only.json” will change:');
  await expect(review).toContainText('2 changes');
  await expect(review.locator('.diff li')).toHaveText(['Name: “Acme community team (demo)” → “Acme without Globex”', 'Stops listening for “Globex”']);
  expect(await storedPlaybook(options)).toBeUndefined();
  await review.getByRole('button', { name: 'Apply and save' }).click();
  await expect(options.getByRole('status')).toContainText('Imported “acme-only.json” and saved.');
  expect(((await storedPlaybook(options)) as { name: string }).name).toBe('Acme without Globex');
  await expect(options.locator('li.watch-item legend')).toHaveText(['Acme', 'Acme Notes', 'Note-taking']);

  await expect(globexMarks).toHaveCount(0);
  // Posts that also mention Acme stay marked, now for Acme only.
  expect(await x.locator('[data-hearken-match]').count()).toBeGreaterThan(0);
  expect(await x.locator('[data-hearken-match]').count()).toBeLessThanOrEqual(marksBefore);

  // Export writes the saved playbook to a file.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export to a file' }).click()]);
  expect(download.suggestedFilename()).toBe('hearken-playbook.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.name).toBe('Acme without Globex');
});
