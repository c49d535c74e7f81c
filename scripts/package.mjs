// Zips both builds into dist/: hearken-chrome-<version>.zip and hearken-firefox-<version>.zip.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const target of ['chrome', 'firefox']) {
  if (!existsSync(`dist/${target}/manifest.json`)) throw new Error(`dist/${target} is missing: run npm run build first`);
  const zip = `dist/hearken-${target}-${version}.zip`;
  rmSync(zip, { force: true });
  const out = execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist/.artifacts', '--overwrite-dest', '--filename', `hearken-${target}.zip`], {
    encoding: 'utf8',
  });
  renameSync(`dist/.artifacts/hearken-${target}.zip`, zip);
  console.log(out.trim().split('\n').at(-1), '→', zip);
}
rmSync('dist/.artifacts', { recursive: true, force: true });
