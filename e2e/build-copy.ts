// Test copies of the built extension with a changed manifest, for what a test cannot click
// through: Chrome's permission prompt for "Watch this site", and the activeTab grant a click on
// the toolbar icon gives. Each copy says in its name what it changes.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from './extension';

interface Manifest {
  permissions?: string[];
  content_scripts: { matches: string[] }[];
  web_accessible_resources?: { matches: string[] }[];
}

export function buildCopy(name: string, edit: (manifest: Manifest) => void): string {
  const dir = resolve('dist', `test-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

/** The content script also runs on these origins, as if the person had added them with "Watch this site". */
export function withWatchedOrigins(origins: readonly string[]) {
  return (manifest: Manifest): void => {
    const patterns = origins.map((origin) => `${origin}/*`);
    manifest.content_scripts[0]?.matches.push(...patterns);
    for (const resource of manifest.web_accessible_resources ?? []) resource.matches.push(...patterns);
  };
}
