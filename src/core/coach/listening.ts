// The coach's first step: what is still unanswered in the thread, and whether we already spoke.
import type { Post } from '../model';
import type { Persona } from '../playbook';
import { contentWords, nameWords, sharedWords, stemIndex } from './content-words';
import { questionSentences } from './draft-context';
import { foldForCompare, guessLang, type Span } from './text';

const repliesTo = (post: Post, thread: readonly Post[]) => thread.filter((p) => p.id !== post.id && p.parent === post.id);

/** Question sentences of the post that no reply in the thread picks up (offsets into post.text). */
export function unansweredQuestions(post: Post, thread: readonly Post[], persona?: Persona): Span[] {
  const lang = guessLang(post.text, post.lang);
  const exclude = nameWords([persona?.organization ?? '', post.author.name]);
  const replies = repliesTo(post, thread).filter((r) => !sameAuthor(r, post));
  return questionSentences(post.text, lang).filter((q) => {
    const asked = contentWords(q.text, exclude);
    if (asked.length === 0) return replies.length === 0;
    const index = stemIndex(asked);
    return !replies.some((r) => sharedWords(contentWords(r.text, exclude), index).length > 0);
  });
}

function sameAuthor(a: Post, b: Post): boolean {
  if (a.author.handle && b.author.handle) return foldForCompare(a.author.handle) === foldForCompare(b.author.handle);
  return foldForCompare(a.author.name) === foldForCompare(b.author.name);
}

/** Thread posts written by the brand: an author whose name or handle holds the organisation's or persona's name. */
export function brandReplies(thread: readonly Post[], persona: Persona, extraNames: readonly string[] = []): Post[] {
  const names = [persona.organization, persona.name, ...extraNames].map((n) => foldForCompare(n.trim()).replace(/^@/, '')).filter((n) => n.length >= 2);
  if (names.length === 0) return [];
  const organisation = foldForCompare(persona.organization.trim());
  return thread.filter((p) => {
    const fields = [p.author.name, p.author.handle ?? ''].map((f) => foldForCompare(f).replace(/^@/, ''));
    return names.some((n) => {
      // The persona's own first name alone is too common; it counts only together with the organisation.
      if (n === foldForCompare(persona.name.trim()) && n !== organisation) return fields.some((f) => f.includes(n) && organisation !== '' && f.includes(organisation));
      return fields.some((f) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(f));
    });
  });
}

export interface ListeningSummary {
  unanswered: Span[];
  brandReplied: boolean;
  brandReplies: Post[];
}

export function summariseThread(post: Post, thread: readonly Post[], persona: Persona, extraNames: readonly string[] = []): ListeningSummary {
  const ours = brandReplies(thread.filter((p) => p.id !== post.id), persona, extraNames);
  return { unanswered: unansweredQuestions(post, thread, persona), brandReplied: ours.length > 0, brandReplies: ours };
}
