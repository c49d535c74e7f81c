// The language chosen in Options reaches what used to follow the browser: the popup's site-health
// message and the dashboard's numbers and dates. The choice is saved in storage.sync as well.
import { expect, openPopupFor, page as pageHtml, test } from './extension';

const X_HOME = 'https://x.com/home';
// An X conversation page whose tweets did not render: the adapter expects posts and finds none.
const X_BROKEN = 'https://x.com/acmecorp/status/1790000000000000000';
interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The text inside each badge's shadow root. */
function badgeTexts(node: CdpNode, inBadge = false): string[] {
  const isBadge = (node.attributes ?? []).includes('data-hearken-badge');
  const here = inBadge && node.nodeName === '#text' && node.nodeValue ? [node.nodeValue] : [];
  const inner = [...(node.shadowRoots ?? []), ...(node.children ?? [])].flatMap((child) => badgeTexts(child, inBadge || isBadge));
  return [...here, ...inner];
}

const BROKEN_HTML = '<!doctype html><html lang="en"><head><title>X</title></head><body><main role="main"><div>Something went wrong. Try reloading.</div></main></body></html>';

test('in Finnish: the popup words site health in Finnish and the dashboard formats numbers and dates the Finnish way', async ({
  context,
  served,
  worker,
  extensionId,
}) => {
  served.serve(X_HOME, pageHtml('x-timeline.html'));
  served.serve(X_BROKEN, BROKEN_HTML);
  const pageErrors: string[] = [];

  const options = await context.newPage();
  options.on('pageerror', (error) => pageErrors.push(error.message));
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await options.locator('#ui-language').selectOption('fi');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Hearkenin asetukset');
  expect(await options.evaluate(() => chrome.storage.sync.get('uiLanguage').then((found) => found.uiLanguage))).toBe('fi');
  expect(await options.evaluate(() => chrome.storage.local.get('uiLanguage').then((found) => found.uiLanguage))).toBe('fi');

  // Journal entries for the dashboard: the marked tweets of the timeline.
  const x = await context.newPage();
  x.on('pageerror', (error) => pageErrors.push(error.message));
  await x.goto(X_HOME);
  await expect(x.locator('[data-hearken-match]').first()).toBeVisible();
  // The badge (a closed shadow root, read through the DevTools protocol) speaks Finnish too.
  const cdp = await context.newCDPSession(x);
  const badgeText = async (): Promise<string> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return badgeTexts(root).join(' | ');
  };
  await expect.poll(badgeText).toContain('Kuuntele');
  expect(await badgeText()).not.toContain('Listen');
  await cdp.detach();

  const broken = await context.newPage();
  broken.on('pageerror', (error) => pageErrors.push(error.message));
  await broken.goto(X_BROKEN);
  const popup = await openPopupFor(context, worker, broken);
  const health = popup.locator('.popup-health');
  await expect(health).toContainText('Hearken ei löytänyt tältä X-sivulta yhtään viestiä.');
  await expect(health).toContainText('Ilmoita siitä');
  await expect(health).not.toContainText('Hearken found no posts');
  await popup.screenshot({ path: 'test-results/popup-health-fi.png' });

  const dashboard = await context.newPage();
  dashboard.on('pageerror', (error) => pageErrors.push(error.message));
  await dashboard.goto(`chrome-extension://${extensionId}/src/ui/dashboard/index.html`);
  const mentions = dashboard.locator('[data-section="mentions"]').getByRole('table');
  await expect(mentions).toBeVisible({ timeout: 20_000 });
  const today = new Date();
  const finnishDay = new Intl.DateTimeFormat('fi', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(today);
  const englishDay = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(today);
  await expect(mentions).toContainText(finnishDay);
  await expect(mentions).not.toContainText(englishDay);
  // Finnish puts a space before the percent sign; the browser's English would not.
  await expect(mentions).toContainText(new Intl.NumberFormat('fi', { style: 'percent' }).format(1));
  expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('fi');
  await dashboard.screenshot({ path: 'test-results/dashboard-fi.png', fullPage: true });

  // Back to the browser's language (English here): the dashboard follows without a reload.
  await options.locator('#ui-language').selectOption('auto');
  await expect(mentions).toContainText(englishDay);
  await dashboard.screenshot({ path: 'test-results/dashboard-after-language-change.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});
