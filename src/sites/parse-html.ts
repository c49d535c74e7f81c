// Node-side page parsing on linkedom, made to look like what the adapters see in a browser:
// declarative shadow roots become real shadow roots, and <noscript> holds raw text (as it does
// in a browser with scripting on), so the same adapter code reads both.
import { parseHTML } from 'linkedom';
import type { ReadContext } from './types';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i;

/** A Document for an HTML string: a whole page, or a fragment (wrapped in html/body). */
export function parseDocument(html: string): Document {
  const source = HTML_START.test(html.slice(0, 20000)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  attachDeclarativeShadowRoots(document);
  flattenNoscript(document);
  return document;
}

/** A ReadContext for a parsed page; `parseHtml` gives detached documents for crawler views. */
export function nodeReadContext(html: string, url: URL): ReadContext {
  const document = parseDocument(html);
  return { url, document, parseHtml: parseDocument };
}

/** Moves each <template shadowrootmode> into a shadow root on its host, nested ones too. */
function attachDeclarativeShadowRoots(document: Document): void {
  const pending: ParentNode[] = [document];
  for (let root = pending.pop(); root; root = pending.pop()) {
    for (const template of Array.from(root.querySelectorAll('template[shadowrootmode], template[shadowroot]'))) {
      const host = template.parentElement;
      if (!host || host.shadowRoot || typeof host.attachShadow !== 'function') continue;
      let shadow: ShadowRoot;
      try {
        shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
      } catch {
        continue; // elements that cannot host a shadow root keep the template
      }
      // linkedom keeps a template's parsed children on the template itself; reading .content
      // instead would copy them, which costs seconds on big pages.
      while (template.firstChild) shadow.appendChild(template.firstChild);
      template.remove();
      // A closed root is unreachable through host.shadowRoot in a browser; Node keeps it readable
      // because a saved page is read, not scripted.
      if (!host.shadowRoot) Object.defineProperty(host, 'shadowRoot', { value: shadow, configurable: true });
      pending.push(shadow);
    }
  }
}

/** Replaces parsed <noscript> children with their markup as text, as a scripting browser does. */
function flattenNoscript(document: Document): void {
  for (const noscript of Array.from(document.querySelectorAll('noscript'))) {
    if (!noscript.firstElementChild) continue;
    const markup = noscript.innerHTML;
    while (noscript.firstChild) noscript.removeChild(noscript.firstChild);
    noscript.appendChild(document.createTextNode(markup));
  }
}
