// Cues that read the same in any language: emoji and emoticons. Punctuation ("?", "/s") and
// press handles are read in evidence.ts.
import type { LexiconSource } from './lexicon';

export const NEUTRAL: LexiconSource = {
  praise: '😍|🥰|😻|💯|🙌|👏|🔥:0.5|🏆|⭐|🌟|❤|❤️|💙|💚|💜|🧡|💛',
  positive: '😊|😀|😃|😄|😁|🙂|😌|🥳|🎉|👍|👌|✨|🤩|😎|🙏:0.5|💪',
  negative: '😡|🤬|😠|😤|👎|💩|🤮|🤢|😒|😞|😔|😩|😫|😢|😭|🙄|🤦|😑|😐:0.4|💀:0.5|🤡',
  anger: '🖕',
  question: '🤔:0.5|❓|❔',
  sarcasm: '🙃|🤡:0.6',
};
