// Intent and sentiment: a chunk of its own, loaded the first time a post on the page matches.
export { classifyIntent } from '../core/understand/intent';
export { classifySentiment } from '../core/understand/sentiment';
