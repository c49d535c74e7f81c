// `npm run bench`: runs every bench/*.bench.ts in turn (each prints its own table and ratios).
// Benchmarks are never part of `npm test`; the page benchmark has its own `npm run bench:page`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n═══ bench/${file} ═══`);
  const result = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
if (failed > 0) {
  console.error(`${failed} benchmark(s) failed to run`);
  process.exitCode = 1;
}
