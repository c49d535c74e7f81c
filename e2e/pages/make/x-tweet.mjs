// X (Twitter) tweet markup as x.com rendered it in 2025 (css-175oi2r class era), following
// ../shared/fixtures/raw/x-tweetyoink-quote-fragment.html and x-cyohei-profile-loggedin-2025.html.
// Every function here is self-contained (no imports, no closures over module state) because
// build-pages.mjs also copies their source into the live pages' inline scripts: the static
// timeline and the tweets appended at run time come out of the same code.

export const X_ICONS = {
  reply: 'M1.751 10c0-4.42 3.584-8 8.005-8h4.366c4.49 0 8.129 3.64 8.129 8.13 0 2.96-1.607 5.68-4.196 7.11l-8.054 4.46v-3.69h-.067c-4.49.1-8.183-3.51-8.183-8.01zm8.005-6c-3.317 0-6.005 2.69-6.005 6 0 3.37 2.77 6.08 6.138 6.01l.351-.01h1.761v2.3l5.087-2.81c1.951-1.08 3.163-3.13 3.163-5.36 0-3.39-2.744-6.13-6.129-6.13H9.756z',
  retweet: 'M4.5 3.88l4.432 4.14-1.364 1.46L5.5 7.55V16c0 1.1.896 2 2 2H13v2H7.5c-2.209 0-4-1.79-4-4V7.55L1.432 9.48.068 8.02 4.5 3.88zM16.5 6H11V4h5.5c2.209 0 4 1.79 4 4v8.45l2.068-1.93 1.364 1.46-4.432 4.14-4.432-4.14 1.364-1.46 2.068 1.93V8c0-1.1-.896-2-2-2z',
  like: 'M16.697 5.5c-1.222-.06-2.679.51-3.89 2.16l-.805 1.09-.806-1.09C9.984 6.01 8.526 5.44 7.304 5.5c-1.243.07-2.349.78-2.91 1.91-.552 1.12-.633 2.78.479 4.82 1.074 1.97 3.257 4.27 7.129 6.61 3.87-2.34 6.052-4.64 7.126-6.61 1.111-2.04 1.03-3.7.477-4.82-.561-1.13-1.666-1.84-2.908-1.91z',
  views: 'M8.75 21V3h2v18h-2zM18 21V8.5h2V21h-2zM4 21l.004-10h2L6 21H4zm9.248 0v-7h2v7h-2z',
  bookmark: 'M4 4.5C4 3.12 5.119 2 6.5 2h11C18.881 2 20 3.12 20 4.5v18.44l-8-5.71-8 5.71V4.5zM6.5 4c-.276 0-.5.22-.5.5v14.56l6-4.29 6 4.29V4.5c0-.28-.224-.5-.5-.5h-11z',
  share: 'M12 2.59l5.7 5.7-1.41 1.42L13 6.41V16h-2V6.41l-3.3 3.3-1.41-1.42L12 2.59zM21 15l-.02 3.51c0 1.38-1.12 2.49-2.5 2.49H5.5C4.11 21 3 19.88 3 18.5V15h2v3.5c0 .28.22.5.5.5h12.98c.28 0 .5-.22.5-.5L19 15h2z',
  more: 'M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2zm9 2c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm7 0c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z',
  repostedBy: 'M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37c0 .97.784 1.75 1.75 1.75H13V20H7.75c-2.347 0-4.25-1.9-4.25-4.25V8.38L1.853 9.91.147 8.09l4.603-4.3zm11.5 2.71H11V4h5.25c2.347 0 4.25 1.9 4.25 4.25v7.37l1.647-1.53 1.706 1.82-4.603 4.3-4.603-4.3 1.706-1.82L18 15.62V8.25c0-.97-.784-1.75-1.75-1.75z',
  verified: 'M20.396 11c-.018-.646-.215-1.275-.57-1.816-.354-.54-.852-.972-1.438-1.246.223-.607.27-1.264.14-1.897-.131-.634-.437-1.218-.882-1.687-.47-.445-1.053-.75-1.687-.882-.633-.13-1.29-.083-1.897.14-.273-.587-.704-1.086-1.245-1.44S11.647 1.62 11 1.604c-.646.017-1.273.213-1.813.568s-.969.854-1.24 1.44c-.608-.223-1.267-.272-1.902-.14-.635.13-1.22.436-1.69.882-.445.47-.749 1.055-.878 1.688-.13.633-.08 1.29.144 1.896-.587.274-1.087.705-1.443 1.245-.356.54-.555 1.17-.574 1.817.02.647.218 1.276.574 1.817.356.54.856.972 1.443 1.245-.224.606-.274 1.263-.144 1.896.13.634.433 1.218.877 1.688.47.443 1.054.747 1.687.878.633.132 1.29.084 1.897-.136.274.586.705 1.084 1.246 1.439.54.354 1.17.551 1.816.569.647-.016 1.276-.213 1.817-.567s.972-.854 1.245-1.44c.604.239 1.266.296 1.903.164.636-.132 1.22-.447 1.68-.907.46-.46.776-1.044.908-1.681s.075-1.299-.165-1.903c.586-.274 1.084-.705 1.439-1.246.354-.54.551-1.17.569-1.816zM9.662 14.85l-3.429-3.428 1.293-1.302 2.072 2.072 4.4-4.794 1.347 1.246z',
};

/** HTML-escapes text for an element body or a double-quoted attribute. */
export function xEsc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round avatar drawn as an inline SVG data: URI (the pages load nothing from the network). */
export function xAvatarUri(name, hue) {
  const letter = [...String(name).replace(/[^\p{L}\p{N}]/gu, '')][0] || '?';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="hsl(${hue},45%,42%)"/><text x="20" y="26" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** An emoji as X draws it: an <img> whose alt is the emoji (here a data: URI, not twimg.com). */
export function xEmoji(emoji) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><text x="0" y="16" font-size="16">${emoji}</text></svg>`;
  return `<img alt="${emoji}" draggable="false" src="data:image/svg+xml,${encodeURIComponent(svg)}" title="${emoji}" class="r-4qtqp9 r-dflpy8 r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl">`;
}

/**
 * Tweet text markup. Plain text becomes spans; @handles, #hashtags, URLs and emoji get X's own
 * markup (links with r-18u37iz wrappers, t.co links with a hidden scheme, emoji images).
 */
export function xRichText(text) {
  const span = (t) => `<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${xEsc(t)}</span>`;
  const link = 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21';
  const pattern = /(@[A-Za-z0-9_]{1,15})|(#[\p{L}\p{N}_]+)|(https?:\/\/[^\s]+)|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*)/gu;
  let out = '';
  let last = 0;
  for (const m of String(text).matchAll(pattern)) {
    if (m.index > last) out += span(text.slice(last, m.index));
    if (m[1]) {
      out += `<div class="css-175oi2r r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/${m[1].slice(1)}" role="link" class="${link}" style="color: rgb(29, 155, 240);">${xEsc(m[1])}</a></span></div>`;
    } else if (m[2]) {
      out += `<span class="r-18u37iz"><a dir="ltr" href="/hashtag/${encodeURIComponent(m[2].slice(1))}?src=hashtag_click" role="link" class="${link}" style="color: rgb(29, 155, 240);">${xEsc(m[2])}</a></span>`;
    } else if (m[3]) {
      const scheme = m[3].startsWith('https') ? 'https://' : 'http://';
      const shortId = [...m[3]].reduce((h, c) => (h * 31 + c.codePointAt(0)) % 2147483647, 7).toString(36);
      out += `<a dir="ltr" href="https://t.co/${shortId}" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${link}" style="color: rgb(29, 155, 240);"><span aria-hidden="true" class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-qlhcfr r-qvk6io">${scheme}</span>${xEsc(m[3].slice(scheme.length))}</a>`;
    } else {
      out += xEmoji(m[4]);
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out += span(text.slice(last));
  return out;
}

/** Compact counts as X prints them: 950, 1.2K, 25K, 2.5M. */
export function xCount(n) {
  if (!n) return '';
  if (n < 1000) return String(n);
  if (n < 10000) return `${(Math.floor(n / 100) / 10).toString()}K`;
  if (n < 1000000) return `${Math.floor(n / 1000)}K`;
  return `${(Math.floor(n / 100000) / 10).toString()}M`;
}

/** "4h", "Nov 19": the short time X prints, relative to the page's fixed "now". */
export function xShortTime(iso, nowIso) {
  const minutes = Math.round((Date.parse(nowIso) - Date.parse(iso)) / 60000);
  if (minutes < 60) return `${Math.max(1, minutes)}m`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h`;
  const d = new Date(iso);
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${d.getUTCDate()}`;
}

export function xIcon(path, extra) {
  return `<svg viewBox="0 0 24 24" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd r-1xvli5t r-1hdv0qi${extra ? ` ${extra}` : ''}"><g><path d="${path}"></path></g></svg>`;
}

/** The display name, @handle and time row (div[data-testid="User-Name"]). */
export function xUserName(t, nowIso, quoted) {
  const textCls = 'css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe';
  const spanCls = 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3';
  const verified = t.verified
    ? `<div dir="ltr" class="${textCls} r-16dba41 r-xoduu5 r-18u37iz r-1q142lx" style="color: rgb(231, 233, 234);"><span class="${spanCls} r-1awozwy r-xoduu5"><svg viewBox="0 0 22 22" aria-label="Verified account" role="img" class="r-4qtqp9 r-yyyyoo r-1xvli5t r-bnwqim r-lrvibr r-m6rgpd r-1cvl2hr r-f9ja8p r-og9te1 r-3t4u6i" data-testid="icon-verified"><g><path d="${X_ICONS.verified}"></path></g></svg></span></div>`
    : '';
  const nameInner = `<div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="${textCls} r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q" style="color: rgb(231, 233, 234);"><span class="${spanCls} r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q"><span class="${spanCls}">${xRichNameParts(t.name)}</span></span></div>${verified}</div>`;
  const handleInner = `<div dir="ltr" class="${textCls} r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-16dba41 r-18u37iz r-1wvb978" style="color: rgb(113, 118, 123);"><span class="${spanCls}">@${xEsc(t.handle)}</span></div>`;
  const label = new Date(t.time).toUTCString();
  const timeEl = `<time datetime="${t.time}">${xShortTime(t.time, nowIso)}</time>`;
  // A quoted tweet is one big role=link card: no profile links inside, time without a status link.
  const nameBlock = quoted
    ? `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${nameInner}</div></div>`
    : `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${t.handle}" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21">${nameInner}</a></div>`;
  const handleBlock = quoted
    ? `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${handleInner}</div></div>`
    : `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${t.handle}" role="link" tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21">${handleInner}</a></div>`;
  const timeBlock = quoted
    ? `<div class="css-175oi2r r-18u37iz r-1q142lx"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div dir="ltr" aria-label="${xEsc(label)}" class="${textCls} r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q" style="color: rgb(113, 118, 123);">${timeEl}</div></div></div>`
    : `<div class="css-175oi2r r-18u37iz r-1q142lx"><a href="/${t.handle}/status/${t.id}" dir="ltr" aria-label="${xEsc(label)}" role="link" class="${textCls} r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21" style="color: rgb(113, 118, 123);">${timeEl}</a></div>`;
  return `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1awozwy r-18u37iz" data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs">${nameBlock}</div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2">${handleBlock}<div dir="ltr" aria-hidden="true" class="${textCls} r-16dba41 r-1q142lx r-n7gxbd" style="color: rgb(113, 118, 123);"><span class="${spanCls}">·</span></div>${timeBlock}</div></div></div>`;
}

/** Display names keep their emoji as images, as on X. */
export function xRichNameParts(name) {
  return String(name)
    .split(/(\p{Extended_Pictographic}(?:\ufe0f)?)/u)
    .map((part, i) => (i % 2 === 1 ? xEmoji(part) : xEsc(part)))
    .join('');
}

export function xAvatar(t, size) {
  return `<div class="css-175oi2r" data-testid="Tweet-User-Avatar"><div class="css-175oi2r r-18kxxzh r-1wbh5a2 r-13qz1uu"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-bztko3 r-1adg3ll" data-testid="UserAvatar-Container-${xEsc(t.handle)}" style="width: ${size}px; height: ${size}px;"><a href="/${t.handle}" role="link" class="css-175oi2r r-1pi2tsx r-13qz1uu r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" style="background-color: rgba(0, 0, 0, 0);"><img alt="" draggable="true" src="${xAvatarUri(t.name, t.hue || 200)}" class="css-9pa8cd" width="${size}" height="${size}"></a></div></div></div></div>`;
}

export function xTweetText(t, extraCls) {
  return `<div dir="auto" lang="${t.lang}" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-bnwqim${extraCls ? ` ${extraCls}` : ''}" id="id__t${t.id}" data-testid="tweetText" style="color: rgb(231, 233, 234);">${xRichText(t.text)}</div>`;
}

export function xActionButton(testid, ariaLabel, icon, count, extraAttrs) {
  return `<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button ${extraAttrs || ''}aria-label="${xEsc(ariaLabel)}" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="${testid}" type="button"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: rgb(113, 118, 123);"><div class="css-175oi2r r-xoduu5">${xIcon(icon)}</div><div class="css-175oi2r r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container"><span class="css-1jxf684 r-1ttztb7 r-qvutc0 r-poiln3 r-n6v787 r-1cwl3u0 r-1k6nrdp r-n7gxbd"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${xCount(count)}</span></span></span></div></div></button></div>`;
}

/** The action bar: reply, repost, like, views, bookmark, share, with the counts. */
export function xActions(t) {
  const r = t.replies || 0;
  const rt = t.reposts || 0;
  const lk = t.likes || 0;
  const v = t.views || 0;
  const bm = Math.floor(lk / 20);
  return `<div class="css-175oi2r"><div class="css-175oi2r"><div aria-label="${r} replies, ${rt} reposts, ${lk} likes, ${bm} bookmarks, ${v} views" role="group" class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4" id="id__g${t.id}">${xActionButton('reply', `${r} Replies. Reply`, X_ICONS.reply, r)}${xActionButton('retweet', `${rt} reposts. Repost`, X_ICONS.retweet, rt, 'aria-expanded="false" aria-haspopup="menu" ')}${xActionButton('like', `${lk} Likes. Like`, X_ICONS.like, lk)}<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><a href="/${t.handle}/status/${t.id}/analytics" aria-label="${v} views. View post analytics" role="link" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1ny4l3l r-1loqt21"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: rgb(113, 118, 123);"><div class="css-175oi2r r-xoduu5">${xIcon(X_ICONS.views)}</div><div class="css-175oi2r r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container"><span class="css-1jxf684 r-1ttztb7 r-qvutc0 r-poiln3 r-n6v787 r-1cwl3u0 r-1k6nrdp r-n7gxbd"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${xCount(v)}</span></span></span></div></div></a></div><div class="css-175oi2r r-18u37iz r-1h0z5md r-1wron08"><button aria-label="Bookmark" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="bookmark" type="button"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: rgb(113, 118, 123);"><div class="css-175oi2r r-xoduu5">${xIcon(X_ICONS.bookmark)}</div></div></button></div><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-expanded="false" aria-haspopup="menu" aria-label="Share post" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" type="button"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: rgb(113, 118, 123);"><div class="css-175oi2r r-xoduu5">${xIcon(X_ICONS.share)}</div></div></button></div></div></div></div>`;
}

/** The quoted tweet card nested inside the quoting article (no article, no status link of its own). */
export function xQuoteCard(q, nowIso) {
  return `<div aria-labelledby="id__q${q.id}" class="css-175oi2r r-9aw3ui r-1s2bzr4"><div class="css-175oi2r"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h" style="color: rgb(231, 233, 234);"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Quote</span></div><div tabindex="0" class="css-175oi2r r-adacv r-1udh08x r-1kqtdi0 r-1867qdf r-rs99b7 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" role="link"><div class="css-175oi2r"><div class="css-175oi2r r-eqz5dr r-jusfrs r-1s2bzr4"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-1udh08x"><div class="css-175oi2r r-1awozwy r-18u37iz r-dnmrzs"><div class="css-175oi2r r-1gs4q39" data-testid="Tweet-User-Avatar"><div class="css-175oi2r r-1adg3ll r-bztko3" data-testid="UserAvatar-Container-${xEsc(q.handle)}" style="width: 24px; height: 24px;"><img alt="" draggable="true" src="${xAvatarUri(q.name, q.hue || 30)}" class="css-9pa8cd" width="24" height="24"></div></div><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${xUserName(q, nowIso, true)}</div></div></div></div></div><div class="css-175oi2r r-6gpygo r-jusfrs">${xTweetText(q, 'r-8akbws r-krxsd3 r-dnmrzs r-1udh08x r-1udbk01 r-14gqq1x')}</div></div></div></div></div>`;
}

/** "Acme Notes reposted": the social context line above a repost. */
export function xSocialContext(t) {
  if (!t.repostedBy) return '<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"></div></div>';
  return `<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"><div class="css-175oi2r r-15zivkp r-q3we1"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-obd0qt r-1777fci">${xIcon(X_ICONS.repostedBy, 'r-14j79pv r-10ptun7 r-1janqcz')}</div><div class="css-175oi2r r-1iusvr4 r-16y2uox"><a href="/${t.repostedBy.handle}" dir="ltr" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1loqt21" style="color: rgb(113, 118, 123);"><span class="css-1jxf684 r-8akbws r-krxsd3 r-dnmrzs r-1udh08x r-1udbk01 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-n6v787 r-1cwl3u0 r-b88u0q" data-testid="socialContext" style="color: rgb(113, 118, 123);"><span dir="ltr" class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${xEsc(t.repostedBy.name)}</span> reposted</span></a></div></div></div></div></div>`;
}

/** One timeline cell: div[data-testid="cellInnerDiv"] > … > article[data-testid="tweet"]. */
export function xTweetCell(t, nowIso) {
  const showMore = t.showMore
    ? `<button dir="ltr" role="button" class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-fdjqy7" data-testid="tweet-text-show-more-link" type="button" style="color: rgb(29, 155, 240);"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Show more</span></button>`
    : '';
  const caret = `<div class="css-175oi2r r-1kkk96v"><div class="css-175oi2r r-1awozwy r-18u37iz r-1cmwbt1 r-1wtj0ep"><div class="css-175oi2r r-1awozwy r-6koalj r-18u37iz"><div class="css-175oi2r"><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-expanded="false" aria-haspopup="menu" aria-label="More" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="caret" type="button"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q" style="color: rgb(113, 118, 123);"><div class="css-175oi2r r-xoduu5">${xIcon(X_ICONS.more)}</div></div></button></div></div></div></div></div>`;
  const header = `<div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-k4xj1c r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${xUserName(t, nowIso, false)}</div></div>${caret}</div></div>`;
  const replying = t.replyingTo
    ? `<div class="css-175oi2r r-4qtqp9 r-18u37iz r-zl2h9q"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41" style="color: rgb(113, 118, 123);">Replying to <div class="css-175oi2r r-xoduu5"><a href="/${t.replyingTo}" dir="ltr" role="link" class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21" style="color: rgb(29, 155, 240);">@${xEsc(t.replyingTo)}</a></div></div></div>`
    : '';
  const quote = t.quote ? xQuoteCard(t.quote, nowIso) : '';
  return `<div class="css-175oi2r" data-testid="cellInnerDiv"><div class="css-175oi2r r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l"><div class="css-175oi2r"><article aria-labelledby="id__t${t.id} id__g${t.id}" role="article" tabindex="0" class="css-175oi2r r-18u37iz r-1udh08x r-1c4vpko r-1c7gwzm r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="css-175oi2r">${xSocialContext(t)}</div><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy">${xAvatar(t, 40)}</div><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu">${header}${replying}<div class="css-175oi2r">${xTweetText(t)}${showMore}</div>${quote}${xActions(t)}</div></div></div></div></article></div></div></div>`;
}

/** Snowflake id for a time: X ids carry their creation time in the top bits. */
export function xSnowflake(iso, sequence) {
  return ((BigInt(Date.parse(iso)) - 1288834974657n) * 4194304n + BigInt(sequence % 4096)).toString();
}
