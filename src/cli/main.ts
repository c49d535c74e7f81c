import { readFile } from 'node:fs/promises';
import type { CliIO, Subcommand } from './io';

const USAGE = `Usage:
  hearken scan [--playbook FILE] [--url URL] FILE...
      Finds the posts in saved pages (or one text file = one post) and prints one JSON line per file.
  hearken check --platform x|linkedin|reddit|forum|hn [--playbook FILE] [--post FILE] DRAFT_FILE|-
      Checks a reply draft and prints one JSON object with its score and findings.
  hearken selftest [--fixtures DIR]
      Runs every site adapter over the captured and project-written pages and prints a table; exit 1 if a count is off.`;

export const nodeIO: CliIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFile(path),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

const subcommands: Record<string, () => Promise<Subcommand>> = {
  scan: async () => (await import('./scan')).scan,
  check: async () => (await import('./check')).check,
  selftest: async () => (await import('./selftest')).selftest,
};

export async function main(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = subcommands[name];
  if (!load) {
    io.stderr(`hearken: unknown command "${name}". ${USAGE}`);
    return 2;
  }
  return (await load())(rest, io);
}
