// `npm test`: installs what is missing, then typecheck, lint, unit tests, build, web-ext lint and
// the end-to-end tests. Ends with one line "N passed, N failed" summing every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensurePackages } from './ensure.mjs';

ensurePackages();
process.env.HEARKEN_CHROMIUM = ensureChromium();
mkdirSync('test-results', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];

function run(command, args, extraEnv = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status === 0;
}

function single(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

single('typecheck (tsc --noEmit)', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
single('lint (eslint)', run('npx', ['eslint', '.']));

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const unit = readJson('test-results/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  report.push(`${unitOk ? 'ok  ' : 'FAIL'} unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else single('unit tests (vitest produced no report)', false);

const built = run('npm', ['run', 'build']);
single('build (dist/chrome, dist/firefox)', built);

if (built) {
  console.log('\n▶ web-ext lint --source-dir dist/firefox');
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json'], { encoding: 'utf8' });
  let errors = -1;
  try {
    const parsed = JSON.parse(lint.stdout);
    errors = parsed.errors.length;
    for (const item of [...parsed.errors, ...parsed.warnings]) console.log(`  ${item._type}: ${item.code} ${item.message} (${item.file ?? ''})`);
    console.log(`  web-ext lint: ${parsed.errors.length} errors, ${parsed.warnings.length} warnings, ${parsed.notices.length} notices`);
  } catch {
    console.log(lint.stdout, lint.stderr);
  }
  single(`web-ext lint (${errors} errors)`, errors === 0);

  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' });
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
    totals.skipped += e2e.stats.skipped;
    report.push(`${e2eOk ? 'ok  ' : 'FAIL'} e2e tests: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky`);
  } else single('e2e tests (playwright produced no report)', false);
} else {
  single('web-ext lint (not run: build failed)', false);
  single('e2e tests (not run: build failed)', false);
}

console.log('\nSummary:');
for (const line of report) console.log(`  ${line}`);
if (!existsSync('../shared/fixtures/raw')) console.log('  NOTICE: ../shared/fixtures/raw is absent: tests on captured real pages were skipped.');
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed === 0 ? 0 : 1;
