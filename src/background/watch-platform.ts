// The real browser behind WatchPlatform: permissions and scripting through src/platform/browser.ts.
import {
  grantedOrigins,
  injectIntoTab,
  manifestContentScript,
  registerScripts,
  registeredScripts,
  removeOrigins,
  unregisterScripts,
} from '../platform/browser';
import type { WatchPlatform } from './watched-sites';

export const browserWatchPlatform: WatchPlatform = {
  grantedOrigins,
  registeredScripts,
  registerScripts,
  unregisterScripts,
  removeOrigins,
  injectIntoTab,
  manifestContentScript,
};
