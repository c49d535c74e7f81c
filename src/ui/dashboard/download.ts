// Saves text as a file through a blob URL and an <a download>; the URL is released afterwards.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** hearken-posts-2025-03-04.csv */
export function datedFileName(stem: string, extension: string, now: Date = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
