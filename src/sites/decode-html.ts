// Page bytes → text, by the charset the page declares. Saved pages are not all UTF-8: old forums
// (the vBulletin capture among them) are ISO-8859-1 / windows-1252, and reading them as UTF-8
// turns every umlaut into U+FFFD. Pure: TextDecoder only, so Node and the browser share it.

/** How far into the file a browser looks for <meta charset> (the HTML spec says 1024 bytes; saved pages put comments first). */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The charset a page names: a byte order mark, else <meta charset> or <meta http-equiv content="…; charset=…">. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

/**
 * windows-1252's 0x80–0x9F (€, ‚, „, …, ‘’“”, –, —, ™…). WHATWG reads "ISO-8859-1" as windows-1252,
 * and so do browsers; Node 20's TextDecoder gives C1 controls there instead, so these are mapped here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

function decoderFor(label: string | undefined, fatal: boolean): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // a label TextDecoder does not know
  }
}

/**
 * Decodes HTML bytes as the page declares. Undeclared or unknown charsets are read as UTF-8;
 * a page that is not valid UTF-8 after all is read as windows-1252, as browsers fall back to.
 * The byte order mark is dropped.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const label = declaredCharset(bytes);
  const declared = decoderFor(label, false);
  if (declared?.encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (declared && declared.encoding !== 'utf-8') return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The charset to serve the page with, as a browser would name it ("windows-1252" for ISO-8859-1). */
export function servedCharset(bytes: Uint8Array): string {
  return decoderFor(declaredCharset(bytes), false)?.encoding ?? 'utf-8';
}
