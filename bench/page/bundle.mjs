// The content script's size: the files Chrome loads for it (the loader, its module and every chunk
// that module imports, plus the one site adapter it loads on demand; the heaviest site is counted;
// chunks loaded later, only when needed, are listed apart),
// gzipped, from a build of the project into a scratch folder; and what takes the space, per source
// module as the bundler rendered it (after tree-shaking, before minifying), apportioned to each
// chunk's gzipped size.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

function groupOf(id) {
  const clean = id.replace(/^\0/, '').split('?')[0];
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1];
  const rel = relative(resolve('.'), clean);
  if (rel.startsWith('src/')) return rel;
  return rel || clean;
}

export async function contentScriptSize() {
  const outDir = resolve('dist/bench-bundle');
  const chunks = new Map();
  await build({
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'hearken-bench-module-sizes',
        generateBundle(_options, bundle) {
          for (const [fileName, chunk] of Object.entries(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const modules = Object.entries(chunk.modules ?? {}).map(([id, info]) => ({ id, length: info.renderedLength ?? 0 }));
            chunks.set(fileName, { imports: chunk.imports ?? [], dynamicImports: chunk.dynamicImports ?? [], modules, entry: chunk.facadeModuleId ?? '' });
          }
        },
      },
    ],
  });
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const loader = manifest.content_scripts[0].js[0];
  const loaderSource = readFileSync(join(outDir, loader), 'utf8');
  const entry = /getURL\("([^"]+)"\)/.exec(loaderSource)?.[1] ?? loader;
  const closure = (start, known) => {
    const seen = new Set(known);
    const order = [];
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      order.push(file);
      for (const dep of chunks.get(file)?.imports ?? []) visit(dep);
    };
    visit(start);
    return order;
  };
  const sizeOf = (file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const order = closure(entry, []);
  if (entry !== loader) order.unshift(loader);
  const staticFiles = order.map(sizeOf);
  // Each site's adapter chunk and whatever it imports that the script has not loaded already (the
  // coach's helpers, also loaded on demand, are left out: they load only when the coach is used).
  const onDemand = [...new Set(order.flatMap((file) => chunks.get(file)?.dynamicImports ?? []))];
  const isAdapter = (file) => /\/src\/sites\//.test(chunks.get(file)?.entry ?? '');
  const sites = onDemand.filter(isAdapter).map((adapter) => {
    const files = closure(adapter, order).map(sizeOf);
    return { site: adapter.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''), files, gzip: sum(files, 'gzip') };
  });
  sites.sort((a, b) => b.gzip - a.gzip);
  const heaviest = sites[0];
  const files = [...staticFiles, ...(heaviest?.files ?? [])];
  // What loads later, only when needed: the coach's helpers (intent and sentiment are worked out in the service worker).
  const loaded = [...order, ...files.map((f) => f.file)];
  const later = onDemand
    .filter((file) => !isAdapter(file))
    .map((file) => {
      const extra = closure(file, loaded).map(sizeOf);
      return { name: file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''), gzip: sum(extra, 'gzip') };
    });
  const groups = new Map();
  for (const { file, gzip } of files) {
    const info = chunks.get(file);
    if (!info) continue;
    const total = info.modules.reduce((n, m) => n + m.length, 0) || 1;
    for (const m of info.modules) {
      const group = groupOf(m.id);
      const entry = groups.get(group) ?? { rendered: 0, gzip: 0 };
      entry.rendered += m.length;
      entry.gzip += (gzip * m.length) / total;
      groups.set(group, entry);
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  const top = [...groups].map(([name, v]) => ({ name, rendered: v.rendered, gzip: Math.round(v.gzip) })).sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    bytes: sum(files, 'bytes'),
    gzip: sum(files, 'gzip'),
    staticGzip: sum(staticFiles, 'gzip'),
    sites: sites.map(({ site, gzip }) => ({ site, gzip })),
    heaviestSite: heaviest?.site ?? null,
    later,
    top,
  };
}
