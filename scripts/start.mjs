// `npm start`: install what is missing, build, open the demo.
import { execSync } from 'node:child_process';
import { ensureChromium, ensurePackages } from './ensure.mjs';

ensurePackages();
process.env.HEARKEN_CHROMIUM = ensureChromium();
execSync('npm run build', { stdio: 'inherit' });
await import('./demo.mjs');
