// The coach end to end on routed copies of X, LinkedIn, Reddit and a XenForo forum: open it from a
// marked post, the Listen gate, templates filled with the author, the checker's hard-sell finding,
// inserting into the site's own reply box (its counter updates) and never posting.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, EXTENSION_DIR, expect, extensionIdOf, openPopupFor, page as pageHtml, serviceWorker, servePages, tabIdOf, test } from './extension';

const X_HOME = 'https://x.com/home';
const LINKEDIN_FEED = 'https://www.linkedin.com/feed/';
const REDDIT_THREAD = 'https://www.reddit.com/r/NoteApps/comments/1p2k7qz/acme_notes_vs_globex_for_a_small_research_team/';
const FORUM_THREAD = 'https://bittinurkka.example/threads/muistiinpanosovellus-acme-notes-vai-globex.48213/';
const SHOTS = resolve('docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

async function shot(target: Page, name: string, fullPage = true): Promise<void> {
  await target.screenshot({ path: join(SHOTS, `coach-${name}.png`), fullPage });
}

async function openCoach(context: BrowserContext, extensionId: string, tabId: number, postId: string): Promise<Page> {
  const coach = await context.newPage();
  await coach.setViewportSize({ width: 720, height: 900 });
  await coach.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html?tab=${tabId}&post=${encodeURIComponent(postId)}`);
  await expect(coach.locator('#listen-title')).toBeVisible({ timeout: 10_000 });
  return coach;
}

async function journalKinds(extensionPage: Page, postId: string): Promise<string[]> {
  return extensionPage.evaluate(async (id) => {
    const request = indexedDB.open('hearken');
    const db: IDBDatabase = await new Promise((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows: { kind: string; postId: string }[] = await new Promise((done) => {
      const get = db.transaction('events').objectStore('events').getAll();
      get.onsuccess = () => done(get.result);
    });
    db.close();
    return rows.filter((row) => row.postId === id).map((row) => row.kind);
  }, postId);
}

/** Listen → name the need → ideas: the gate blocks every later step until the need is named. */
async function passTheGate(coach: Page, need: RegExp, note: string): Promise<void> {
  const go = coach.getByRole('button', { name: /Continue to ideas|Log: no reply needed/ });
  await expect(go).toBeDisabled();
  await coach.getByRole('button', { name: /Ideas/ }).click({ force: true });
  await expect(coach.getByTestId('coach-notice')).toContainText('First say what the person needs');
  await expect(coach.locator('#listen-title')).toBeVisible();
  await expect(coach.locator('textarea')).toHaveCount(0);
  await coach.getByRole('radio', { name: need }).check();
  await coach.getByLabel(/In one line/).fill(note);
  await go.click();
  await expect(coach.locator('#ideate-title')).toBeVisible();
}

async function useFirstTemplate(coach: Page, author: string): Promise<string> {
  const first = coach.locator('li.template').first();
  await expect(first.locator('.template-text')).toContainText(author);
  await first.getByRole('button').click();
  await expect(coach.locator('#draft-title')).toBeVisible();
  const text = await coach.locator('textarea').inputValue();
  expect(text).toContain(author);
  return text;
}

async function insertDraft(coach: Page, text: string): Promise<void> {
  await coach.locator('textarea').fill(text);
  await expect(coach.getByTestId('coach-count')).toContainText(/\d/);
  await coach.getByRole('button', { name: /Next: speak/ }).click();
  await expect(coach.locator('#speak-title')).toBeVisible();
  const anyway = coach.getByRole('checkbox', { name: /still want to insert/ });
  if (await anyway.isVisible()) await anyway.check();
  await coach.getByRole('button', { name: /^Insert into the/ }).click();
  await expect(coach.locator('#reflect-title')).toBeVisible({ timeout: 10_000 });
  await expect(coach.getByTestId('coach-notice')).toContainText(/Inserted into the|already had text/);
}

const codePoints = (text: string) => [...text].length;

test.describe.configure({ timeout: 180_000 });

test('X: from the badge to the reply box — gate, template with the author, hard sell flagged, counter updated, nothing posted', async ({
  context,
  served,
  worker,
  extensionId,
}) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  const errors: string[] = [];
  x.on('pageerror', (error) => errors.push(error.message));
  await x.goto(X_HOME);
  const postId = '1991470577218486274';
  const tweet = x.locator(`article[data-hearken-post="${postId}"]`);
  await expect(tweet).toHaveAttribute('data-hearken-match', /Acme/);
  const tabId = await tabIdOf(worker, x);

  // The badge's "Listen" button (in a closed shadow root) asks the worker to open the coach for this post.
  const badge = tweet.locator('[data-hearken-badge]');
  const box = await badge.boundingBox();
  if (!box) throw new Error('badge not laid out');
  await badge.click({ position: { x: box.width - 12, y: box.height / 2 } });
  await expect
    .poll(() => worker.evaluate(() => chrome.storage.session.get('coachTarget').then((found) => found.coachTarget as { postId?: string; tabId?: number } | undefined)))
    .toMatchObject({ postId, tabId });
  expect(x.url()).toBe(X_HOME);
  await shot(x, '0-badge-x', false);

  // The popup list's "Listen" button asks the same.
  const popup = await openPopupFor(context, worker, x);
  await popup.locator('li.post', { hasText: 'Choosing a notes app' }).getByRole('button', { name: /Listen to/ }).click();
  await expect
    .poll(() => worker.evaluate(() => chrome.storage.session.get('coachTarget').then((found) => (found.coachTarget as { postId?: string } | undefined)?.postId)))
    .toBe('1991456987673526276');
  await popup.close();

  // The context-menu item and the shortcut exist and know which post was meant.
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((command) => command.name === 'open-coach')?.shortcut ?? 'unbound').toBeDefined();
  expect(await worker.evaluate(() => chrome.sidePanel.getOptions({}).then((options) => options.path))).toContain('src/ui/sidepanel/index.html');
  const other = x.locator('article[data-hearken-post="1991398099645366273"] div[data-testid="tweetText"]');
  await other.click({ button: 'right' });
  const focused = await worker.evaluate(
    (tab) => chrome.tabs.sendMessage(tab, { hearken: 1, type: 'page/focused-post', payload: {} }),
    tabId,
  );
  expect(focused).toEqual({ ok: true, data: { postId: '1991398099645366273' } });

  // 1 Listen
  const coach = await openCoach(context, extensionId, tabId, postId);
  await expect(coach.locator('.thread-post.target')).toContainText('does Acme Notes sync offline edits');
  await expect(coach.locator('.facts')).toContainText('Question');
  await shot(coach, '1-listen');
  await passTheGate(coach, /An answer/, 'offline edits sync by themselves once you reconnect; keep the app open for a minute');

  // 2 Ideate: the author is filled in as X addresses people.
  await shot(coach, '2-ideate');
  const filled = await useFirstTemplate(coach, '@danawhitfield');

  // 3 Draft: the checker flags a hard sell, with the count always shown.
  await coach.locator('textarea').fill(`${filled} Buy now and get 20% off with code ACME20!`);
  await expect(coach.locator('.finding[data-rule="hard-sell"]')).toBeVisible();
  await expect(coach.getByTestId('coach-findings-live')).toContainText('hard-sell');
  await expect(coach.getByTestId('coach-count')).toContainText('/ 280');
  await shot(coach, '3-draft');
  await coach.emulateMedia({ colorScheme: 'dark' });
  await shot(coach, '3-draft-dark');
  await coach.emulateMedia({ colorScheme: 'light' });

  // 4 Speak: the clean reply goes into X's Draft.js box; X's own counter follows; nothing is posted.
  const reply = '@danawhitfield yes: offline edits sync by themselves once you are back online. Keep the app open for a minute after you reconnect so it can finish. I work at Acme.';
  await coach.locator('textarea').fill(reply);
  await expect(coach.locator('.finding[data-rule="hard-sell"]')).toHaveCount(0);
  await coach.getByRole('button', { name: /Next: speak/ }).click();
  await shot(coach, '4-speak');
  await coach.getByRole('button', { name: /Back to the draft/ }).click();
  await insertDraft(coach, reply);
  const editor = x.locator('[data-testid="tweetTextarea_0"]');
  await expect(editor).toContainText('offline edits sync by themselves');
  await expect(x.locator('#reply-char-count')).toHaveText(String(280 - codePoints(reply)));
  await expect(x.locator('#reply-composer')).toHaveAttribute('data-reply-to', postId);
  await expect(x.locator('[data-testid="tweetButtonInline"]')).toBeEnabled();
  expect(await x.evaluate(() => document.body.dataset.posted)).toBeUndefined();
  await x.bringToFront();
  await shot(x, '5-inserted-x', false);

  // 5 Reflect
  await coach.bringToFront();
  await coach.getByRole('radio', { name: 'They replied' }).check();
  await coach.getByRole('button', { name: 'Save' }).click();
  await expect(coach.getByText('Saved: They replied.')).toBeVisible();
  await shot(coach, '6-reflect');
  await expect
    .poll(() => journalKinds(coach, postId))
    .toEqual(expect.arrayContaining(['listened', 'need-named', 'template-chosen', 'draft-checked', 'inserted', 'outcome']));
  expect(await x.evaluate(() => document.body.dataset.posted)).toBeUndefined();
  expect(errors).toEqual([]);
  expect(served.stray).toEqual([]);
});

test('X: a 1 MB paste is kept, counted and never inserted; "No reply needed" is logged as listening', async ({ context, served, worker, extensionId }) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  const postId = '1991456987673526276';
  await expect(x.locator(`article[data-hearken-post="${postId}"]`)).toHaveAttribute('data-hearken-match', /Acme/);
  const tabId = await tabIdOf(worker, x);

  const coach = await openCoach(context, extensionId, tabId, postId);
  await passTheGate(coach, /A recommendation/, 'ask what the 12 people share most; both handle checklists');
  await coach.getByRole('button', { name: 'Write my own' }).click();
  await expect(coach.getByRole('button', { name: /Next: speak/ })).toBeDisabled();
  const huge = 'Shared checklists work in both apps. '.repeat(28_000);
  await coach.locator('textarea').fill(huge);
  await expect(coach.getByTestId('coach-count')).toContainText('/ 280', { timeout: 20_000 });
  await expect(coach.locator('.finding[data-rule="too-long"]')).toBeVisible({ timeout: 20_000 });
  await coach.getByRole('button', { name: /Next: speak/ }).click();
  await expect(coach.getByRole('button', { name: /^Insert into the/ })).toBeDisabled();
  await expect(coach.locator('.problem')).toContainText('too long for this reply box');
  await expect(x.locator('[data-testid="tweetTextarea_0"]')).toHaveText('');

  // Nothing lost: the coach opened again on the same post brings the draft back.
  await coach.waitForTimeout(1200);
  const again = await openCoach(context, extensionId, tabId, postId);
  await expect(again.getByTestId('coach-notice')).toContainText('unsent draft');
  await again.getByRole('radio', { name: /Nothing from us/ }).check();
  await again.getByRole('button', { name: 'Log: no reply needed' }).click();
  await expect(again.getByText('Logged as listened, no reply needed.')).toBeVisible();
  await expect.poll(() => journalKinds(again, postId)).toEqual(expect.arrayContaining(['listened', 'need-named', 'no-reply-needed']));
  expect(await journalKinds(again, postId)).not.toContain('inserted');
  expect(await x.evaluate(() => document.body.dataset.posted)).toBeUndefined();
});

test('LinkedIn: the comment box is opened with the post\'s Comment button and Quill takes the reply', async ({ context, served, worker, extensionId }) => {
  served.serve(LINKEDIN_FEED, pageHtml('linkedin-feed.html'));
  const li = await context.newPage();
  await li.goto(LINKEDIN_FEED);
  const postId = 'urn:li:activity:7396849719705639595';
  const card = li.locator(`[data-hearken-post="${postId}"]`);
  await expect(card).toHaveAttribute('data-hearken-match', /Acme/);
  await expect(card.locator('.ql-editor')).toHaveCount(0);
  const tabId = await tabIdOf(worker, li);

  const coach = await openCoach(context, extensionId, tabId, postId);
  await passTheGate(coach, /Acknowledgement/, 'we hear you on the price changes and will give notice earlier');
  const filled = await useFirstTemplate(coach, 'Raj');
  await coach.locator('textarea').fill(`${filled} Book a demo today and get an exclusive offer!`);
  await expect(coach.locator('.finding[data-rule="hard-sell"]')).toBeVisible();
  const reply =
    'Raj, thank you for saying it plainly. Three price changes in a year is too many, and the short notice made it worse. I have shared your post with the pricing team, and we will give at least 60 days of notice from now on. I work at Acme.';
  await insertDraft(coach, reply);
  const editor = card.locator('.ql-editor');
  await expect(editor).toContainText('Three price changes in a year is too many');
  await expect(editor).not.toHaveClass(/ql-blank/);
  await expect(card.locator('.comments-comment-box__submit-button--cr')).toBeEnabled();
  expect(await li.evaluate(() => document.body.dataset.posted)).toBeUndefined();
  await li.bringToFront();
  await card.scrollIntoViewIfNeeded();
  await li.screenshot({ path: join(SHOTS, 'coach-5-inserted-linkedin.png') });
});

test('Reddit: the thread is read through the adapter, the composer takes the reply, and a vanished post is said so', async ({
  context,
  served,
  worker,
  extensionId,
}) => {
  served.serve(REDDIT_THREAD, pageHtml('reddit-thread.html'));
  const reddit = await context.newPage();
  await reddit.goto(REDDIT_THREAD);
  const postId = 't3_1p2k7qz';
  await expect(reddit.locator(`[data-hearken-post="${postId}"]`)).toHaveAttribute('data-hearken-match', /Acme/);
  const tabId = await tabIdOf(worker, reddit);

  const coach = await openCoach(context, extensionId, tabId, postId);
  await expect(coach.locator('.thread summary')).toContainText('posts: 13');
  await coach.locator('.thread summary').click();
  await expect(coach.locator('.replies')).toContainText('Paper notebook');
  await passTheGate(coach, /A recommendation/, 'for a small team that needs reliable sync, try both for a week on real notes');
  await useFirstTemplate(coach, 'quiet_lab_rat');
  const reply =
    'quiet_lab_rat, for a small research team the honest test is a week with your real notes on both. Sync problems show up with many attachments and spotty Wi-Fi, so try exactly that. Full disclosure: I work at Acme, so weigh my view accordingly.';
  await insertDraft(coach, reply);
  const editor = reddit.locator('shreddit-composer div[slot="rte"]');
  await expect(editor).toContainText('honest test is a week');
  await expect(reddit.locator('shreddit-composer button[slot="submit-button"]')).toBeEnabled();
  expect(await reddit.evaluate(() => document.body.dataset.posted)).toBeUndefined();

  // The post disappears from the page: the coach says so instead of failing silently.
  await reddit.evaluate(() => document.querySelector('shreddit-comment[thingid="t1_np50t4b"]')?.remove());
  const gone = await context.newPage();
  await gone.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html?tab=${tabId}&post=t1_np50t4b`);
  await expect(gone.getByRole('alert')).toContainText('no longer on the page');
});

test('side panel: follows the tab in front, but stays with a post being coached and offers to move', async ({ context, served, extensionId }) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  served.serve(LINKEDIN_FEED, pageHtml('linkedin-feed.html'));
  const x = await context.newPage();
  await x.goto(X_HOME);
  await expect(x.locator('[data-hearken-match]').first()).toBeVisible();
  const li = await context.newPage();
  await li.goto(LINKEDIN_FEED);
  await expect(li.locator('[data-hearken-match]').first()).toBeVisible();

  // The panel page without ?tab= behaves as the side panel: it reads whichever tab is in front.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html`);
  await x.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Which post on X do you want to listen to?' })).toBeVisible();
  await li.bringToFront();
  await expect(panel.getByRole('heading', { name: 'Which post on LinkedIn do you want to listen to?' })).toBeVisible();

  // Once a post is being coached, switching tabs keeps it and offers to move instead.
  await panel.locator('ul.choose button').first().click();
  await expect(panel.locator('#listen-title')).toBeVisible();
  await x.bringToFront();
  const offer = panel.getByTestId('coach-other-tab');
  await expect(offer).toContainText('You are on another tab now.');
  await expect(panel.locator('#listen-title')).toBeVisible();
  await shot(panel, 'other-tab', false);
  await li.bringToFront();
  await expect(offer).toHaveCount(0);
  await x.bringToFront();
  await offer.getByRole('button', { name: 'Coach this tab instead' }).click();
  await expect(panel.getByRole('heading', { name: 'Which post on X do you want to listen to?' })).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test('Forum (XenForo, a site the user added): Finnish templates, the Froala quick reply takes the text', async () => {
  // As in scripts/demo.mjs: a copy of the build whose content script also matches the forum's origin.
  const dir = resolve('dist/e2e-coach-forum');
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts[0].matches.push(`${new URL(FORUM_THREAD).origin}/*`);
  for (const resource of manifest.web_accessible_resources ?? []) resource.matches.push(`${new URL(FORUM_THREAD).origin}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const profile = mkdtempSync(join(tmpdir(), 'hearken-e2e-forum-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--no-first-run', '--disable-features=DisableLoadExtensionCommandLineSwitch'],
  });
  try {
    const served = await servePages(context);
    served.serve(FORUM_THREAD, pageHtml('forum-thread.html'));
    const worker: Worker = await serviceWorker(context);
    const extensionId = extensionIdOf(worker);
    const forum = await context.newPage();
    await forum.goto(FORUM_THREAD);
    const postId = '1873412';
    await expect(forum.locator(`[data-hearken-post="${postId}"]`)).toHaveAttribute('data-hearken-match', /Acme/);
    const tabId = await tabIdOf(worker, forum);

    const coach = await openCoach(context, extensionId, tabId, postId);
    await expect(coach.locator('.thread summary')).toContainText('posts: 7');
    await passTheGate(coach, /A recommendation/, 'vienti löytyy asetuksista: jokaisesta muistiinpanosta tulee oma .md-tiedosto');
    await useFirstTemplate(coach, 'Tuomas_K');
    await coach.locator('textarea').fill('Tuomas_K, osta nyt ja saat alennuskoodilla 20 % alennusta!');
    await expect(coach.locator('.finding[data-rule="hard-sell"]')).toBeVisible();
    const reply =
      'Tuomas_K, Ninni ehti jo vastata oikein: vienti löytyy asetuksista, ja jokaisesta muistiinpanosta tulee oma .md-tiedosto. Liitteet tulevat samaan kansioon. Kerron avoimesti, että olen töissä Acmella.';
    await insertDraft(coach, reply);
    const editor = forum.locator('form.js-quickReply .fr-element');
    await expect(editor).toContainText('vienti löytyy asetuksista');
    await expect(forum.locator('form.js-quickReply textarea.js-editor')).toHaveValue(/vienti löytyy asetuksista/);
    expect(await forum.evaluate(() => document.body.dataset.posted)).toBeUndefined();
    await forum.bringToFront();
    await forum.locator('form.js-quickReply').scrollIntoViewIfNeeded();
    await forum.screenshot({ path: join(SHOTS, 'coach-5-inserted-forum.png') });
    expect(served.stray).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
