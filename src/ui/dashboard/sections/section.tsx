// One dashboard card: a heading, the sentences that say what it means, then the chart or table.
import type { ComponentChildren } from 'preact';

export function Section({ id, title, sentences, children }: { id: string; title: string; sentences: string[]; children?: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div class="meaning">
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {children}
    </section>
  );
}

/** A horizontal bar for a share of the largest value; the number beside it is the real content. */
export function Bar({ share, tone }: { share: number; tone?: 'give' | 'ask' | 'plain' }) {
  const width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return (
    <span class="bar" aria-hidden="true">
      <span class={`bar-fill ${tone ?? 'plain'}`} style={{ width }} />
    </span>
  );
}
