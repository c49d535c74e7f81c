// Practice: one whole scenario through the coach's steps, scored with reasons, kept in the
// journal's practice table (not in real activity), and a scenario pack import that refuses a bad file.
import { readFileSync } from 'node:fs';
import { expect, test } from './extension';

const en = JSON.parse(readFileSync('src/core/practice/scenarios/en.json', 'utf8'));
const battery = en.scenarios.find((s: { id: string }) => s.id === 'en-battery-complaint');

test('practice: a full scenario with its score, stored apart from real activity', async ({ context, extensionId }) => {
  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/src/ui/practice/index.html`);
  await expect(practice.getByRole('heading', { level: 1 })).toHaveText('Hearken practice');
  await expect(practice.locator('.scenario-button')).toHaveCount(8);

  // A hasty attempt first: need named before the replies were opened, a sales pitch without disclosure.
  await practice.getByRole('button', { name: /Battery drain after the update/ }).click();
  await expect(practice.locator('.sim-post')).toHaveCount(1);
  await practice.getByLabel('A recommendation').check();
  await practice.getByLabel('Share a resource or experience').check();
  const draft = practice.getByLabel('Your reply to Priya Nair');
  await expect(draft).toHaveValue(/^Priya Nair, I ran into the same thing/);
  await draft.fill('Acme Notes is the best notes app! Use promo code SAVE20 for 20% off.');
  await expect(practice.locator('#draft-check')).toContainText('Must fix:');
  await practice.getByRole('button', { name: 'Check my reply and show feedback' }).click();
  const feedback = practice.locator('.feedback');
  await expect(feedback.getByRole('heading', { level: 2 })).toHaveText(/Your score: \d+ out of 100/);
  await expect(feedback.locator('.skill-miss')).toHaveCount(5);
  await expect(feedback).toContainText('Read the thread: missed.');
  await expect(feedback).toContainText('Disclosed: missed.');
  await expect(feedback).toContainText('The reply pushes a sale nobody asked for:');
  await expect(feedback).toContainText('What an experienced community manager would do');
  await expect(feedback).toContainText(battery.expert.why);

  // Now the way an experienced person would: read it all, name the need, answer, disclose.
  await feedback.getByRole('button', { name: 'Try this scenario again' }).click();
  await practice.getByRole('button', { name: 'Show 2 more replies' }).click();
  await expect(practice.locator('.sim-post')).toHaveCount(3);
  await expect(practice.getByText('You can see the whole thread.')).toBeVisible();
  await practice.getByLabel('Help with a problem').check();
  await practice.getByLabel('Acknowledge and fix').check();
  await practice.getByLabel('Your reply to Priya Nair').fill(battery.expert.reply);
  await expect(practice.locator('#draft-check')).toContainText('of 280 characters');
  await practice.getByRole('button', { name: 'Check my reply and show feedback' }).click();
  await expect(feedback.getByRole('heading', { level: 2 })).toHaveText('Your score: 100 out of 100');
  await expect(feedback.locator('.skill-pass')).toHaveCount(6);
  await expect(practice.getByRole('status')).toHaveText('Feedback ready: 100 out of 100.');
  await expect(practice.locator('.course')).toContainText('2 attempts · 1 scenario');

  // Progress survives a reload; real activity stays empty.
  await practice.reload();
  await expect(practice.locator('.course')).toContainText('2 attempts');
  const counts = await practice.evaluate(() => chrome.runtime.sendMessage({ hearken: 1, type: 'journal/count', payload: {} }));
  expect(counts.ok).toBe(true);
  expect(counts.data.events).toBe(0);
});

test('practice: a scenario pack import refuses a bad file and adds a good one', async ({ context, extensionId }) => {
  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/src/ui/practice/index.html`);
  const bad = structuredClone(en);
  bad.scenarios[0].lang = 'de';
  await practice.locator('#pack-file').setInputFiles({ name: 'bad-pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(practice.getByRole('alert')).toContainText('scenarios.0.lang: Must be one of: en, ru, fi, sv.');
  await expect(practice.locator('.scenario-button')).toHaveCount(8);

  const good = { ...structuredClone(en), name: 'Team pack', scenarios: [{ ...structuredClone(battery), id: 'team-battery', title: 'Team: battery again' }] };
  await practice.locator('#pack-file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(practice.getByRole('status')).toHaveText('Added “Team pack” with 1 scenario.');
  await expect(practice.locator('.scenario-button')).toHaveCount(9);
  await expect(practice.getByRole('alert')).toHaveCount(0);
});
