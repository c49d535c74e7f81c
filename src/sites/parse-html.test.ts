import { describe, expect, it } from 'vitest';
import { shadowContent } from './dom';
import { parseDocument } from './parse-html';

describe('parseDocument', () => {
  it('attaches declarative shadow roots, nested ones too, out of reach of document queries', () => {
    const doc = parseDocument(
      '<!DOCTYPE html><html><body><shreddit-comment id="c"><template shadowrootmode="open"><details><slot name="comment"></slot>' +
        '<shreddit-comment-action-row><template shadowrootmode="open"><button class="inner">Reply</button></template></shreddit-comment-action-row>' +
        '</details></template><div slot="comment">Light text</div></shreddit-comment></body></html>',
    );
    const host = doc.getElementById('c') as Element;
    const shadow = shadowContent(host);
    expect(shadow?.querySelector('details')).not.toBeNull();
    expect(doc.querySelector('details')).toBeNull();
    expect(doc.querySelectorAll('template')).toHaveLength(0);
    const row = shadow?.querySelector('shreddit-comment-action-row') as Element;
    expect(shadowContent(row)?.querySelector('button.inner')?.textContent).toBe('Reply');
    expect(doc.querySelector('[slot="comment"]')?.textContent).toBe('Light text');
  });

  it('keeps <noscript> as raw markup text, as a browser with scripting does', () => {
    const doc = parseDocument('<!DOCTYPE html><html><body><noscript><div class="crawler-post">Hei kaikki</div></noscript></body></html>');
    expect(doc.querySelector('.crawler-post')).toBeNull();
    const markup = doc.querySelector('noscript')?.textContent ?? '';
    expect(parseDocument(markup).querySelector('.crawler-post')?.textContent).toBe('Hei kaikki');
  });

  it('wraps a fragment in a document with a body', () => {
    const doc = parseDocument('<article data-testid="tweet"><div data-testid="tweetText">Привет</div></article>');
    expect(doc.body?.querySelector('article')?.textContent).toBe('Привет');
  });
});
