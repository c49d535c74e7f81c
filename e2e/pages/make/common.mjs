// Small helpers shared by the page builders.

/** HTML-escapes text for an element body or a double-quoted attribute. */
export function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round avatar as an inline SVG data: URI: the pages load nothing from the network. */
export function avatarUri(name, hue, size = 40) {
  const letter = [...String(name).replace(/[^\p{L}\p{N}]/gu, '')][0] || '?';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="hsl(${hue},45%,42%)"/><text x="${size / 2}" y="${size * 0.65}" font-family="sans-serif" font-size="${Math.round(size * 0.45)}" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** LinkedIn activity ids carry their creation time in the top 41 bits, like X's snowflakes. */
export function activityUrn(iso, sequence) {
  return `urn:li:activity:${(BigInt(Date.parse(iso)) * 4194304n + BigInt((sequence * 7919) % 4194304)).toString()}`;
}
