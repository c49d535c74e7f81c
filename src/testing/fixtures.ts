// Where the captured real pages live, for tests and benchmarks run in Node.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../sites/decode-html';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** ../shared/fixtures/raw relative to the project root, or HEARKEN_FIXTURES when set. */
export const FIXTURES_DIR = process.env.HEARKEN_FIXTURES ?? resolve(projectRoot, '../shared/fixtures/raw');

export const fixturesPresent = existsSync(join(FIXTURES_DIR, 'SOURCES.tsv'));

if (!fixturesPresent) {
  console.warn(`\n[hearken] NOTICE: ${FIXTURES_DIR} is absent: tests on captured real pages are skipped.\n`);
}

export interface FixtureSource {
  file: string;
  repository: string;
  path: string;
  licence: string;
  description: string;
}

export function listFixtures(): FixtureSource[] {
  if (!fixturesPresent) return [];
  const lines = readFileSync(join(FIXTURES_DIR, 'SOURCES.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [file = '', repository = '', path = '', , licence = '', description = ''] = line.split('\t');
      return { file, repository, path, licence, description };
    });
}

/** A captured page as text, decoded by the charset it declares (the vBulletin capture is ISO-8859-1). */
export function readFixture(file: string): string {
  return decodeHtml(readFileSync(join(FIXTURES_DIR, file)));
}

/** A captured page's bytes as saved, for serving it as-is. */
export function readFixtureBytes(file: string): Buffer {
  return readFileSync(join(FIXTURES_DIR, file));
}

export function fixtureFiles(): string[] {
  if (!fixturesPresent) return [];
  return readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.html'));
}
