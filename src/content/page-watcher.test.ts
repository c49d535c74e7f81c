import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { PageWatcher } from './page-watcher';

const settle = () => new Promise((done) => setTimeout(done, 20));

function watch(html: string) {
  const { document, MutationObserver } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  Object.assign(globalThis, { MutationObserver });
  const seen: Element[][] = [];
  let removals = 0;
  const watcher = new PageWatcher({ onNodes: (nodes) => seen.push(nodes), onRemoved: () => (removals += 1), ignore: () => false });
  watcher.start(document.documentElement);
  return { document, seen, removals: () => removals, watcher };
}

describe('PageWatcher', () => {
  it('passes on added elements and reports an element taken out', async () => {
    const { document, seen, removals, watcher } = watch('<main><article id="a">Onko Acme Notes hyvä?</article></main>');
    const added = document.createElement('article');
    added.textContent = 'Globex eller Acme?';
    document.querySelector('main')?.append(added);
    document.getElementById('a')?.remove();
    await settle();
    expect(seen.flat()).toContain(added);
    expect(removals()).toBe(1);
    watcher.stop();
  });

  it('prunes nothing when only a text changes, as a live counter does on every key press', async () => {
    const { document, seen, removals, watcher } = watch('<span id="count">280</span>');
    const count = document.getElementById('count') as Element;
    for (const left of ['279', '278', '277']) count.textContent = left;
    await settle();
    expect(seen.flat()).toContain(count);
    expect(removals()).toBe(0);
    watcher.stop();
  });

  it('tells when the page changed its own nodes, not for Hearken\'s own or what is typed in an editor', async () => {
    const { document, MutationObserver } = parseHTML('<!doctype html><html><body><main></main><div contenteditable="true"><p>draft</p></div></body></html>');
    Object.assign(globalThis, { MutationObserver });
    let changes = 0;
    const watcher = new PageWatcher({
      onNodes: () => undefined,
      onRemoved: () => undefined,
      onPageChanged: () => (changes += 1),
      ignore: (el) => el.hasAttribute('data-hearken-badge'),
    });
    watcher.start(document.documentElement);
    const badge = document.createElement('span');
    badge.setAttribute('data-hearken-badge', '');
    document.querySelector('main')?.append(badge);
    await settle();
    expect(changes).toBe(0);
    (document.querySelector('[contenteditable] p')!.firstChild as Text).data = 'draft, more';
    await settle();
    expect(changes).toBe(0);
    document.querySelector('main')?.append(document.createElement('article'));
    await settle();
    expect(changes).toBe(1);
    watcher.stop();
  });
});
