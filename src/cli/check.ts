// `hearken check`: checks one reply draft and prints one JSON object with its score and findings.
import demoPlaybook from '../core/demo-playbook.json';
import { checkDraft } from '../core/coach/check-draft';
import { PLATFORMS, type Platform } from '../core/coach/draft-context';
import { parsePlaybook, parsePlaybookJson, type Playbook } from '../core/playbook';
import type { CliIO, Subcommand } from './io';

const USAGE = 'usage: hearken check --platform x|linkedin|reddit|forum|hn [--playbook FILE] [--post FILE] DRAFT_FILE|-';

interface CheckArgs {
  platform: Platform;
  playbook?: string;
  post?: string;
  draft: string;
}

function parseArgs(argv: string[]): CheckArgs | string {
  let platform: string | undefined;
  let playbook: string | undefined;
  let post: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--platform' || flag === '--playbook' || flag === '--post') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--platform') platform = value;
      else if (flag === '--playbook') playbook = value;
      else post = value;
    } else if (arg.startsWith('--') || (arg.startsWith('-') && arg !== '-')) {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  if (!platform) return '--platform is required';
  if (!(PLATFORMS as readonly string[]).includes(platform)) return `--platform must be one of ${PLATFORMS.join(', ')}, not "${platform}"`;
  if (positional.length !== 1) return positional.length === 0 ? 'give one draft file, or - for stdin' : 'give only one draft file';
  const args: CheckArgs = { platform: platform as Platform, draft: positional[0]! };
  if (playbook !== undefined) args.playbook = playbook;
  if (post !== undefined) args.post = post;
  return args;
}

async function readText(io: CliIO, path: string): Promise<string> {
  const bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function brandNames(playbook: Playbook, kinds: readonly string[]): string[] {
  return playbook.watch.filter((w) => kinds.includes(w.kind)).flatMap((w) => [w.label, ...w.terms]);
}

export const check: Subcommand = async (argv, io) => {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`hearken check: ${args}. ${USAGE}`);
    return 2;
  }
  let playbook: Playbook;
  if (args.playbook) {
    let text: string;
    try {
      text = await readText(io, args.playbook);
    } catch (error) {
      io.stderr(`hearken check: cannot read playbook ${args.playbook}: ${(error as Error).message}`);
      return 2;
    }
    const parsed = parsePlaybookJson(text);
    if (!parsed.ok) {
      io.stderr(`hearken check: bad playbook ${args.playbook}: ${parsed.errors.join('; ')}`);
      return 2;
    }
    playbook = parsed.playbook;
  } else {
    const parsed = parsePlaybook(demoPlaybook);
    if (!parsed.ok) {
      io.stderr(`hearken check: the bundled demo playbook is invalid: ${parsed.errors.join('; ')}`);
      return 2;
    }
    playbook = parsed.playbook;
  }
  let post: string | undefined;
  if (args.post) {
    try {
      post = await readText(io, args.post);
    } catch (error) {
      io.stderr(`hearken check: cannot read post ${args.post}: ${(error as Error).message}`);
      return 2;
    }
  }
  let draft: string;
  try {
    draft = await readText(io, args.draft);
  } catch (error) {
    io.stderr(`hearken check: cannot read draft ${args.draft === '-' ? 'from stdin' : args.draft}: ${(error as Error).message}`);
    return 2;
  }
  const result = checkDraft({
    draft,
    platform: args.platform,
    post: post !== undefined && post.trim() !== '' ? { text: post } : undefined,
    persona: playbook.persona,
    brandTerms: brandNames(playbook, ['brand', 'product']),
    competitorTerms: brandNames(playbook, ['competitor']),
  });
  io.stdout(
    JSON.stringify({
      ok: result.ok,
      score: result.score,
      length: result.length,
      findings: result.findings.map(({ rule, severity, message, start, end }) => ({ rule, severity, message, start, end })),
    }),
  );
  return 0;
};
