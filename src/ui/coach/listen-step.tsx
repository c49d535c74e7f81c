// Step 1, Listen: the post and its thread as the page shows them, what the person asks or feels,
// and the gate: a draft opens only after the user names what the person needs.
import { useState } from 'preact/hooks';
import { NEEDS, suggestNeed, type NeedId } from '../../core/coach/needs';
import type { ListeningSummary } from '../../core/coach/listening';
import type { ThreadPost } from '../../messaging/protocol';
import { uiLanguage } from '../../platform/browser';
import { t } from '../shared/i18n';
import { closedWithoutReply, nameNeed, need, needNote } from './coach-state';

const uiLang = (['en', 'ru', 'fi', 'sv'] as const).find((lang) => uiLanguage().toLowerCase().startsWith(lang)) ?? 'en';

export function who(post: ThreadPost): string {
  const handle = post.author.handle?.replace(/^@/, '');
  const name = post.author.name.trim();
  if (name && handle && name !== handle) return `${name} (@${handle})`;
  return name || (handle ? `@${handle}` : t('coachUnknownAuthor'));
}

function Cues({ cues }: { cues: { text: string; signal: string }[] }) {
  if (cues.length === 0) return <span class="muted">{t('coachNoCues')}</span>;
  return (
    <span class="cues">
      {cues.slice(0, 6).map((cue) => (
        <q key={`${cue.signal}:${cue.text}`} class="cue" title={cue.signal}>
          {cue.text}
        </q>
      ))}
    </span>
  );
}

function PostText({ post, questions }: { post: ThreadPost; questions: { start: number; end: number }[] }) {
  // Unanswered questions are marked inside the text; everything else is plain text nodes.
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const q of [...questions].sort((a, b) => a.start - b.start)) {
    if (q.start < at) continue;
    parts.push(post.text.slice(at, q.start));
    parts.push(
      <mark key={q.start} class="open-question">
        {post.text.slice(q.start, q.end)}
      </mark>,
    );
    at = q.end;
  }
  parts.push(post.text.slice(at));
  return (
    <p class="post-text" lang={post.lang}>
      {parts}
    </p>
  );
}

function People({ thread, summary }: { thread: ThreadPost[]; summary: ListeningSummary }) {
  const ours = new Set(summary.brandReplies.map((post) => post.id));
  const counts = new Map<string, { label: string; posts: number; ours: boolean }>();
  for (const post of thread) {
    const key = who(post);
    const entry = counts.get(key) ?? { label: key, posts: 0, ours: false };
    entry.posts += 1;
    entry.ours ||= ours.has(post.id);
    counts.set(key, entry);
  }
  return (
    <ul class="people">
      {[...counts.values()].map((person) => (
        <li key={person.label}>
          {person.label} · {t('coachPostsCount', person.posts)}
          {person.ours && <span class="chip chip-ours">{t('coachOurAccount')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function ListenStep({ post, thread, summary, siteLabel }: { post: ThreadPost; thread: ThreadPost[]; summary: ListeningSummary; siteLabel: string }) {
  const suggested = suggestNeed(post.intent.label);
  const [chosen, setChosen] = useState<NeedId | null>(need.value);
  const [note, setNote] = useState(needNote.value);
  const parent = post.parent ? thread.find((p) => p.id === post.parent) : undefined;
  const others = thread.filter((p) => p.id !== post.id && p.id !== parent?.id);
  const author = who(post);

  return (
    <section class="step" aria-labelledby="listen-title">
      <h2 id="listen-title" tabIndex={-1}>{t('coachListenTitle')}</h2>
      <p class="lead">{t('coachListenLead')}</p>

      {parent && (
        <article class="thread-post parent" aria-label={t('coachParentLabel')}>
          <header>
            {t('coachInReplyTo')} <strong>{who(parent)}</strong>
          </header>
          <p class="post-text" lang={parent.lang}>
            {parent.text.length > 600 ? `${parent.text.slice(0, 600)}…` : parent.text}
          </p>
        </article>
      )}

      <article class="thread-post target" aria-label={t('coachPostLabel', author)}>
        <header>
          <strong>{author}</strong> <span class="muted">· {siteLabel}</span>
          {post.time && (
            <span class="muted">
              {' '}
              · <time dateTime={post.time}>{new Date(post.time).toLocaleString()}</time>
            </span>
          )}
        </header>
        <PostText post={post} questions={summary.unanswered} />
      </article>

      <dl class="facts">
        <dt>{t('coachIntent')}</dt>
        <dd>
          <span class={`chip chip-${post.intent.label}`}>{t(`intent_${post.intent.label}`)}</span> <Cues cues={post.intent.cues} />
        </dd>
        <dt>{t('coachFeeling')}</dt>
        <dd>
          <span class={`chip chip-${post.sentiment.label}`}>{t(`sentiment_${post.sentiment.label}`)}</span> <Cues cues={post.sentiment.cues} />
        </dd>
        <dt>{t('coachOpenQuestions')}</dt>
        <dd>
          {summary.unanswered.length === 0 ? (
            t('coachNoOpenQuestions')
          ) : (
            <ul>
              {summary.unanswered.map((q) => (
                <li key={q.start}>“{q.text.trim()}”</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('coachBrandReplied')}</dt>
        <dd class={summary.brandReplied ? 'warn' : ''}>
          {summary.brandReplied ? t('coachBrandRepliedYes', summary.brandReplies.map((p) => p.author.name).join(', ')) : t('coachBrandRepliedNo')}
        </dd>
      </dl>

      <details class="thread" open={others.length > 0 && others.length <= 6}>
        <summary>{t('coachThreadSummary', thread.length)}</summary>
        <People thread={thread} summary={summary} />
        {others.length === 0 ? (
          <p class="muted">{t('coachNoOtherReplies')}</p>
        ) : (
          <ol class="replies">
            {others.slice(0, 50).map((reply) => (
              <li key={reply.id} class="thread-post">
                <strong>{who(reply)}</strong> <span class="muted">· {t(`intent_${reply.intent.label}`)}</span>
                <p class="post-text" lang={reply.lang}>
                  {reply.text.length > 400 ? `${reply.text.slice(0, 400)}…` : reply.text}
                </p>
              </li>
            ))}
          </ol>
        )}
      </details>

      <form
        class="gate"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) void nameNeed(chosen, note);
        }}
      >
        <fieldset>
          <legend>{t('coachNeedQuestion', author)}</legend>
          {NEEDS.map((option) => (
            <label key={option.id} class="need">
              <input type="radio" name="need" value={option.id} checked={chosen === option.id} onChange={() => setChosen(option.id)} />
              <span>{option.label[uiLang]}</span>
              {option.id === suggested && <span class="chip">{t('coachSuggested')}</span>}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{chosen === 'nothing' ? t('coachNoReplyNote') : t('coachNeedNote')}</span>
          <input type="text" value={note} maxLength={500} onInput={(event) => setNote((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" disabled={chosen === null} aria-describedby={chosen === null ? 'gate-hint' : undefined}>
          {chosen === 'nothing' ? t('coachLogNoReply') : t('coachContinueToIdeas')}
        </button>
        {chosen === null && (
          <p id="gate-hint" class="muted">
            {t('coachGateHint')}
          </p>
        )}
        {closedWithoutReply.value && (
          <p class="done" role="status">
            {t('coachNoReplyDone')}
          </p>
        )}
      </form>
    </section>
  );
}
