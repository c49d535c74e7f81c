// For tests of the content script in Node: intent and sentiment worked out in place, as the
// service worker does for the extension.
import { understandText } from '../background/understand';
import type { ClassifyMany } from '../content/page-engine';

export const classifyHere: ClassifyMany = async (posts) => posts.map(({ text, lang }) => understandText(text, lang));
