// `hearken scan [--playbook FILE] [--url URL] FILE...`: one JSON line per file with the posts
// Hearken finds in it, what the engine makes of each, and whether the page looked healthy.
import demoPlaybook from '../core/demo-playbook.json';
import { createEngine, type Engine } from '../core/engine';
import type { Post, SiteId } from '../core/model';
import { parsePlaybook, parsePlaybookJson, type Playbook } from '../core/playbook';
import { decodeHtml } from '../sites/decode-html';
import { declaredUrl, scanPage, type PageHealth } from '../sites/page-scan';
import { nodeReadContext } from '../sites/parse-html';
import type { CliIO, Subcommand } from './io';

interface ScanOptions {
  playbookFile?: string;
  url?: URL;
  files: string[];
}

type Parsed = { ok: true; options: ScanOptions } | { ok: false; error: string };

export function parseScanArgs(argv: readonly string[]): Parsed {
  const options: ScanOptions = { files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--playbook' && name !== '--url') return { ok: false, error: `unknown option ${name}` };
    const value = eq === -1 ? argv[(i += 1)] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { ok: false, error: `${name} needs a value` };
    if (name === '--playbook') options.playbookFile = value;
    else {
      try {
        options.url = new URL(value);
      } catch {
        return { ok: false, error: `--url "${value}" is not a URL (write it with https://)` };
      }
    }
  }
  if (options.files.length === 0) return { ok: false, error: 'give at least one FILE to scan' };
  return { ok: true, options };
}

export interface ScanItem {
  id: string;
  kind: Post['kind'];
  author: Post['author'];
  text: string;
  time: string | null;
  permalink: string | null;
  parent: string | null;
  lang: string | null;
  matches: unknown[];
  intent: unknown;
  sentiment: unknown;
}

export interface ScanLine {
  file: string;
  url: string | null;
  site: SiteId;
  items: ScanItem[];
  health: PageHealth;
}

const HTML_NAME = /\.(?:x?html?|xht)$/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|section|article|main|template)[\s>]/i;

/** Whether bytes are a web page: by the file's name, else by how it starts. */
function looksLikeHtml(file: string, bytes: Uint8Array): boolean {
  return HTML_NAME.test(file) || HTML_START.test(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)));
}

/**
 * Bytes → text, or why the file cannot be read as text. Web pages are decoded by the charset
 * they declare (old forums are ISO-8859-1); any other file must be UTF-8.
 */
function decodeText(file: string, bytes: Uint8Array): { text: string; isHtml: boolean } | { problem: string } {
  if (bytes.length === 0) return { problem: 'The file is empty, so there is nothing to read.' };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'The file is binary, not text or a web page, so Hearken read nothing.' };
  if (looksLikeHtml(file, bytes)) {
    const text = decodeHtml(bytes);
    if (text.trim() === '') return { problem: 'The file holds only blank space, so there is nothing to read.' };
    return { text, isHtml: true };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') return { problem: 'The file holds only blank space, so there is nothing to read.' };
    return { text, isHtml: false };
  } catch {
    return { problem: 'The file is not UTF-8 text, so Hearken read nothing.' };
  }
}

/** A saved page cut off mid-way ends inside a tag, a comment or a script rather than after a '>'. */
function looksTruncated(html: string): boolean {
  const tail = html.trimEnd();
  if (!tail.endsWith('>')) return true;
  const lastOpen = tail.lastIndexOf('<!--');
  return lastOpen !== -1 && tail.indexOf('-->', lastOpen) === -1;
}

function emptyLine(file: string, url: URL | undefined, problem: string): ScanLine {
  return { file, url: url?.href ?? null, site: 'unknown', items: [], health: { ok: false, found: 0, problems: [problem] } };
}

function toItem(post: Post, engine: Engine): ScanItem {
  const analysis = engine.analyze(post.text, post.lang ? { lang: post.lang } : {});
  return {
    id: post.id,
    kind: post.kind,
    author: post.author,
    text: post.text,
    time: post.time ?? null,
    permalink: post.permalink ?? null,
    parent: post.parent ?? null,
    lang: post.lang ?? analysis.lang ?? null,
    matches: analysis.matches,
    intent: analysis.intent,
    sentiment: analysis.sentiment,
  };
}

/** A stable id for a text file's content (FNV-1a, 32 bits, hex). */
function contentId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `text:${hash.toString(16).padStart(8, '0')}`;
}

export function scanFile(file: string, bytes: Uint8Array, engine: Engine, givenUrl?: URL): ScanLine {
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) return emptyLine(file, givenUrl, decoded.problem);
  const { text, isHtml } = decoded;
  if (!isHtml) {
    const post: Post = { id: contentId(text), site: 'text', kind: 'post', author: { name: '' }, text };
    return { file, url: givenUrl?.href ?? null, site: 'text', items: [toItem(post, engine)], health: { ok: true, found: 1, problems: [] } };
  }
  if (looksTruncated(text)) {
    return emptyLine(file, givenUrl, 'The page ends mid-way (the file looks cut off), so Hearken did not read it; save the whole page again.');
  }
  const probe = nodeReadContext(text, givenUrl ?? new URL('https://unknown.invalid/'));
  const url = givenUrl ?? declaredUrl(probe.document) ?? undefined;
  const ctx = { ...probe, url: url ?? probe.url };
  const page = scanPage(ctx);
  return {
    file,
    url: url?.href ?? null,
    site: page.site,
    items: page.items.map((post) => toItem(post, engine)),
    health: page.health,
  };
}

async function loadPlaybook(io: CliIO, file: string | undefined): Promise<{ playbook: Playbook } | { error: string }> {
  if (file === undefined) {
    const result = parsePlaybook(demoPlaybook);
    return result.ok ? { playbook: result.playbook } : { error: `the bundled demo playbook is invalid: ${result.errors.join('; ')}` };
  }
  let raw: Buffer;
  try {
    raw = await io.readFile(file);
  } catch (error) {
    return { error: `cannot read playbook ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const result = parsePlaybookJson(raw.toString('utf8'));
  return result.ok ? { playbook: result.playbook } : { error: `playbook ${file} is not valid: ${result.errors.join('; ')}` };
}

export const scan: Subcommand = async (argv, io) => {
  const parsed = parseScanArgs(argv);
  if (!parsed.ok) {
    io.stderr(`hearken scan: ${parsed.error}. Usage: hearken scan [--playbook FILE] [--url URL] FILE...`);
    return 2;
  }
  const { options } = parsed;
  const loaded = await loadPlaybook(io, options.playbookFile);
  if ('error' in loaded) {
    io.stderr(`hearken scan: ${loaded.error}`);
    return 2;
  }
  const engine = createEngine(loaded.playbook);
  let exit = 0;
  for (const file of options.files) {
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      io.stderr(`hearken scan: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      exit = 2;
      continue;
    }
    io.stdout(JSON.stringify(scanFile(file, bytes, engine, options.url)));
  }
  return exit;
};
