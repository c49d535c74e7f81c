// A scenario's thread drawn the way its site draws one (project-written markup, nothing loaded
// from the network). Collapsed replies must be opened: that is what reading the thread means here.
import type { PracticePost, Scenario } from '../../core/practice/scenario-pack';
import { plural, t } from '../shared/i18n';

function Avatar({ name }: { name: string }) {
  const initial = [...name.replace(/^u\//, '')][0]?.toUpperCase() ?? '?';
  return (
    <span class="avatar" aria-hidden="true">
      {initial}
    </span>
  );
}

function PostBody({ post, site, focus, index }: { post: PracticePost; site: Scenario['site']; focus: boolean; index: number }) {
  return (
    <article id={`sim-post-${index}`} tabIndex={post.hidden ? -1 : undefined} class={`sim-post sim-${site}${focus ? ' sim-focus' : ''}`} style={{ marginInlineStart: `${post.depth * 1.5}rem` }}>
      <header class="sim-head">
        <Avatar name={post.author} />
        <span class="sim-names">
          <span class="sim-author">{post.author}</span>
          {post.handle && <span class="sim-handle">@{post.handle}</span>}
          {post.byline && <span class="sim-byline">{post.byline}</span>}
        </span>
        {focus && <span class="sim-badge">{t('prFocusPost')}</span>}
      </header>
      <p class="sim-text">{post.text}</p>
      {post.score !== undefined && <footer class="sim-meta">{plural(site === 'reddit' ? 'prVotes' : 'prLikes', post.score)}</footer>}
    </article>
  );
}

export function ThreadView({ scenario, opened, onOpen }: { scenario: Scenario; opened: boolean; onOpen: () => void }) {
  const hidden = scenario.posts.filter((p) => p.hidden).length;
  return (
    <section class={`sim sim-site-${scenario.site}`} aria-labelledby="thread-title" lang={scenario.lang}>
      <h3 id="thread-title" class="sim-place">
        {scenario.threadTitle ?? t(`prSite_${scenario.site}`)}
        {scenario.place && <span class="sim-where"> · {scenario.place}</span>}
      </h3>
      {scenario.posts.map((post, index) =>
        post.hidden && !opened ? null : <PostBody key={index} index={index} post={post} site={scenario.site} focus={index === scenario.focus} />,
      )}
      {hidden > 0 && !opened && (
        <button
          type="button"
          class="sim-more"
          onClick={() => {
            onOpen();
            // The button goes away; keep the reader's place on the first reply it revealed.
            const first = scenario.posts.findIndex((p) => p.hidden);
            requestAnimationFrame(() => document.getElementById(`sim-post-${first}`)?.focus());
          }}
        >
          {plural('prShowReplies', hidden)}
        </button>
      )}
    </section>
  );
}
