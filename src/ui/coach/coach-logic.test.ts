import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/coach/check-draft';
import { chooseTemplates, fillTemplate } from '../../core/coach/templates';
import { parsePlaybook, type Playbook } from '../../core/playbook';
import demo from '../../core/demo-playbook.json';
import type { ThreadPost } from '../../messaging/protocol';
import { addressOf, asksOf, brandTerms, coachEvent, editShare, initialValues, opensDraft, outcomeData, platformOf, topicOf } from './coach-logic';

const parsed = parsePlaybook(demo);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const playbook: Playbook = parsed.playbook;

function post(over: Partial<ThreadPost>): ThreadPost {
  return {
    id: '1',
    site: 'x',
    kind: 'post',
    author: { name: 'Dana Whitfield', handle: 'danawhitfield' },
    text: 'Quick question for @acmecorp: does Acme Notes sync offline edits once I’m back online?',
    lang: 'en',
    labels: ['Acme', 'Acme Notes'],
    intent: { label: 'question', score: 0.9, cues: [] },
    sentiment: { label: 'neutral', score: 0, cues: [] },
    ...over,
  };
}

describe('coach logic', () => {
  it('maps sites to the checker platforms, forums and the rest to "forum"', () => {
    expect(['x', 'linkedin', 'reddit', 'hn', 'xenforo', 'phpbb', 'mastodon'].map((site) => platformOf(site as ThreadPost['site']))).toEqual([
      'x',
      'linkedin',
      'reddit',
      'hn',
      'forum',
      'forum',
      'forum',
    ]);
  });

  it('addresses people as each site does: @handle on X, the first name on LinkedIn, the user name on forums', () => {
    expect(addressOf(post({}))).toBe('@danawhitfield');
    expect(addressOf(post({ site: 'linkedin', author: { name: 'Raj Patel', handle: 'rajpatel-ux' } }))).toBe('Raj');
    expect(addressOf(post({ site: 'xenforo', author: { name: 'Tuomas_K' } }))).toBe('Tuomas_K');
    expect(addressOf(post({ site: 'reddit', author: { name: 'Алексей Морозов' } }))).toBe('Алексей');
  });

  it('names the topic by the product before the brand, and fills every template variable from the post and persona', () => {
    expect(topicOf(post({}), playbook)).toBe('Acme Notes');
    const values = initialValues(post({}), playbook, ' it syncs on reconnect ');
    expect(values).toEqual({ author: '@danawhitfield', topic: 'Acme Notes', need: 'it syncs on reconnect', disclosure: 'I work at Acme.', name: 'Sam, Acme' });
    for (const lang of ['en', 'ru', 'fi', 'sv']) {
      for (const template of chooseTemplates('question', lang)) {
        const text = fillTemplate(template.text, values);
        expect(text, template.id).toContain('@danawhitfield');
        expect(text, template.id).not.toMatch(/\{(author|topic|need|disclosure|name)\}/);
      }
    }
  });

  it('leaves {need} visible until the person writes it, so the checker asks for it', () => {
    const values = initialValues(post({}), playbook, '   ');
    const text = fillTemplate(chooseTemplates('question', 'en')[0]!.text, values);
    expect(text).toContain('{need}');
    const check = checkDraft({ draft: text, platform: 'x', post: { text: post({}).text, author: 'Dana' }, persona: playbook.persona, uiLang: 'en' });
    expect(check.findings.some((finding) => finding.rule === 'not-personal')).toBe(true);
  });

  it('counts a pushed sale and a link to our own site as asks, and a plain answer as giving', () => {
    const { own } = brandTerms(playbook);
    const salesy = 'Buy now and get 20% off with code ACME20! https://acme.com/pricing';
    const check = checkDraft({ draft: salesy, platform: 'x', post: { text: post({}).text, author: 'Dana' }, persona: playbook.persona, uiLang: 'en' });
    expect(asksOf(salesy, check, own).sort()).toEqual(['cta', 'own-link']);
    const answer = 'Yes, edits made offline sync once you reconnect; keep the app open a minute. I work at Acme.';
    expect(asksOf(answer, null, own)).toEqual([]);
    expect(asksOf('Globex documents it here: https://globex.example/sync', null, own)).toEqual([]);
  });

  it('measures how much of a template was rewritten', () => {
    expect(editShare('a b c d', 'a b c d')).toBe(0);
    expect(editShare('a b c d', 'a b x y')).toBe(0.5);
    expect(editShare('', 'anything')).toBe(1);
  });

  it('opens a draft only for a named need other than "nothing from us"', () => {
    expect(opensDraft(null)).toBe(false);
    expect(opensDraft('nothing')).toBe(false);
    expect(opensDraft('help')).toBe(true);
  });

  it('builds journal events with stable ids and keeps "went badly" distinguishable', () => {
    const base = { site: 'x' as const, postId: '42', labels: ['Acme'] };
    const event = coachEvent('need-named', base, 's1:need:answer', 1000, { need: 'answer' });
    expect(event).toEqual({ id: 'need-named:x:42:s1:need:answer', kind: 'need-named', at: 1000, site: 'x', postId: '42', labels: ['Acme'], data: { need: 'answer' } });
    expect(outcomeData('went-badly', ' angry follow-up ')).toEqual({ result: 'went-badly', choice: 'went-badly', note: 'angry follow-up' });
    expect(outcomeData('resolved', '')).toEqual({ result: 'resolved', choice: 'resolved' });
  });
});
