import { describe, expect, it } from 'vitest';
import type { Post } from '../core/model';
import { threadOf } from './thread-reader';

const p = (id: string, parent?: string): Post => ({ id, site: 'reddit', kind: parent ? 'comment' : 'post', author: { name: id }, text: id, ...(parent ? { parent } : {}) });

describe('threadOf', () => {
  it('keeps ancestors, siblings and replies at any depth, and leaves other conversations out', () => {
    const all = [p('t3'), p('a', 't3'), p('a1', 'a'), p('a2', 'a1'), p('b', 't3'), p('other'), p('o1', 'other')];
    expect(threadOf(all[2]!, all, 'reddit').map((post) => post.id)).toEqual(['t3', 'a', 'a1', 'a2', 'b']);
    expect(threadOf(all[5]!, all, 'reddit').map((post) => post.id)).toEqual(['other', 'o1']);
  });

  it('treats a flat forum page as one thread, and a lone timeline post as alone', () => {
    const forum = ['1', '2', '3'].map((id) => ({ ...p(id), site: 'xenforo' as const }));
    expect(threadOf(forum[1]!, forum, 'xenforo')).toHaveLength(3);
    const timeline = ['1', '2', '3'].map((id) => ({ ...p(id), site: 'x' as const }));
    expect(threadOf(timeline[1]!, timeline, 'x').map((post) => post.id)).toEqual(['2']);
  });

  it('does not loop on a cycle of parent links', () => {
    const all = [p('a', 'b'), p('b', 'a')];
    expect(threadOf(all[0]!, all, 'reddit').map((post) => post.id).sort()).toEqual(['a', 'b']);
  });
});
