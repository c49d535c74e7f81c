// Intent and sentiment from the service worker (message 'page/understand', validated both ways).
import { askWorker } from '../messaging/client';
import type { ClassifyMany } from './page-engine';

export const classifyInWorker: ClassifyMany = async (posts) => {
  const reply = await askWorker('page/understand', { posts });
  if (!reply.ok) throw new Error(`Hearken could not work out intent and sentiment: ${reply.error.message}`);
  return reply.data.results;
};
