// Derives dist/firefox from dist/chrome: the same code, with the manifest Firefox needs.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const from = 'dist/chrome';
const to = 'dist/firefox';
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });

const manifest = JSON.parse(readFileSync(`${from}/manifest.json`, 'utf8'));
const worker = manifest.background?.service_worker;
if (!worker) throw new Error('dist/chrome/manifest.json has no background.service_worker: run the Chrome build first');

manifest.background = { scripts: [worker], type: 'module' };
delete manifest.minimum_chrome_version;
delete manifest.side_panel;
if (Array.isArray(manifest.permissions)) manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
for (const resource of manifest.web_accessible_resources ?? []) delete resource.use_dynamic_url;
manifest.browser_specific_settings = {
  gecko: {
    id: 'hearken@hearken-extension.org',
    strict_min_version: '140.0',
    // Hearken keeps everything on the device: it collects and transmits nothing.
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};
writeFileSync(`${to}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Firefox build written to ${to}`);
