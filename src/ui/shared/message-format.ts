// Chrome's messages.json format, read without the browser: the four UI languages and how a
// message's placeholders are filled.

export const UI_LOCALES = ['en', 'ru', 'fi', 'sv'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, MessageEntry>;

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** Named placeholders ($NAME$ → content such as "$1") first, then $1…$9, and "$$" for "$". */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  let text = entry.message;
  if (entry.placeholders) {
    const named = new Map(Object.entries(entry.placeholders).map(([name, value]) => [name.toLowerCase(), value.content]));
    text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  }
  return text.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}
