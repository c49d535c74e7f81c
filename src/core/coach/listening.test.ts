import { describe, expect, it } from 'vitest';
import type { Post } from '../model';
import { brandReplies, summariseThread, unansweredQuestions } from './listening';
import { LABELLED_PERSONA } from './labelled-drafts';

const post = (id: string, name: string, text: string, parent?: string, handle?: string): Post => ({
  id, site: 'reddit', kind: parent ? 'comment' : 'post', author: { name, ...(handle ? { handle } : {}) }, text, ...(parent ? { parent } : {}),
});

describe('listening summary', () => {
  const root = post('1', 'anna', 'Как экспортировать заметки в PDF? И работает ли офлайн на iPad? Спасибо.');
  it('lists the questions no reply picked up yet', () => {
    const thread = [root, post('2', 'oleg', 'Экспорт в PDF есть в меню «Файл».', '1')];
    const open = unansweredQuestions(root, thread, LABELLED_PERSONA);
    expect(open.map((q) => q.text)).toEqual(['И работает ли офлайн на iPad?']);
    expect(root.text.slice(open[0]!.start, open[0]!.end)).toBe(open[0]!.text);
  });
  it('sees whether the brand already replied, by organisation in name or handle', () => {
    const thread = [root, post('2', 'Acme Support', 'Да, офлайн работает.', '1'), post('3', 'sam_k', 'Я тоже жду ответ.', '1')];
    expect(brandReplies(thread, LABELLED_PERSONA).map((p) => p.id)).toEqual(['2']);
    expect(summariseThread(root, thread, LABELLED_PERSONA).brandReplied).toBe(true);
    expect(summariseThread(root, [root, post('3', 'sam_k', 'Hmm', '1')], LABELLED_PERSONA).brandReplied).toBe(false);
  });
});
