// What `npm start` and `npm test` need on a fresh machine: the npm packages and a Chromium.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensurePackages() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/vite')) return;
  console.log('[hearken] installing npm packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** HEARKEN_CHROMIUM, else the first Chromium or Chrome on the PATH. */
export function findChromium() {
  const fromEnv = process.env.HEARKEN_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`HEARKEN_CHROMIUM points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  for (const name of CANDIDATES) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return null;
}

/** Finds Chromium, installing Debian's package when running as root on Debian; explains otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("[hearken] installing Debian's chromium package…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set HEARKEN_CHROMIUM to its path.',
  );
}
