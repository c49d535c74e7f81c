// Why a file cannot be imported, as a reason the page can put in the reader's language. The db
// layer validates the whole file again; this only tells the common cases apart cheaply.
import { EXPORT_FORMAT, EXPORT_VERSION, parseJournalExport } from '../../db/export-format';
import type { JournalExport } from '../../db/export-format';

export type ImportCheck =
  | { ok: true; file: JournalExport }
  | { ok: false; reason: 'empty' | 'truncated' | 'foreign' | 'newer' | 'damaged'; details: string[]; version?: number };

export function checkImportFile(text: string): ImportCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty', details: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'truncated', details: [(error as Error).message] };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'foreign', details: [] };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, reason: 'newer', details: [], version };
  const parsed = parseJournalExport(text);
  if (!parsed.ok) return { ok: false, reason: 'damaged', details: parsed.details };
  return { ok: true, file: parsed.file };
}
