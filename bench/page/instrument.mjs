// Runs in the page's own (main) world before the page's scripts, with and without the extension
// alike: notes when each post is added, when it first comes into view and when Hearken marks it
// (the data-hearken-post attribute). It keeps numbers only, never the elements, so it cannot keep
// removed posts alive.

/** Source of the init script for the given post selector. */
export function instrumentSource(postSelector) {
  return `(${instrument.toString()})(${JSON.stringify(postSelector)});`;
}

function instrument(selector) {
  const records = [];
  const index = new WeakMap();
  let marks = 0;
  // Posts the site removed before Hearken read them (a virtualised list drops cells scrolled past).
  let gone = 0;
  let io = new IntersectionObserver((entries) => {
    const now = performance.now();
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const i = index.get(entry.target);
      if (i !== undefined && records[i].visible === undefined) records[i].visible = now;
      io.unobserve(entry.target);
    }
  });
  const add = (el, now) => {
    if (index.has(el)) return;
    index.set(el, records.length);
    records.push({ added: now, visible: undefined, marked: undefined, marks: 0, gone: false });
    io.observe(el);
    // Posts the content script reads at startup were marked before this saw them added.
    if (el.hasAttribute('data-hearken-post')) {
      records[records.length - 1].marked = now;
      records[records.length - 1].marks = 1;
      marks += 1;
    }
  };
  const observer = new MutationObserver((mutations) => {
    const now = performance.now();
    for (const m of mutations) {
      if (m.type === 'attributes') {
        const i = index.get(m.target);
        if (i === undefined) continue;
        const record = records[i];
        if (m.oldValue === null || m.oldValue !== m.target.getAttribute('data-hearken-post')) record.marks += 1;
        if (record.marked === undefined) {
          record.marked = now;
          marks += 1;
        }
        continue;
      }
      for (const node of m.removedNodes) {
        if (node.nodeType !== 1) continue;
        for (const el of node.matches(selector) ? [node] : node.querySelectorAll(selector)) {
          const i = index.get(el);
          if (i === undefined || records[i].marked !== undefined || records[i].gone) continue;
          records[i].gone = true;
          gone += 1;
        }
      }
      for (const node of m.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches(selector)) add(node, now);
        for (const el of node.querySelectorAll(selector)) add(el, now);
      }
    }
  });
  const start = () => {
    for (const el of document.querySelectorAll(selector)) add(el, performance.now());
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hearken-post'], attributeOldValue: true });
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });

  window.__bench = {
    get posts() {
      return records.length;
    },
    get marked() {
      return marks;
    },
    /** Posts marked or removed unread: all of them once Hearken has caught up. */
    get settled() {
      return marks + gone;
    },
    stop() {
      io.disconnect();
      io = null;
      observer.disconnect();
    },
    /** Latencies in ms: added → marked, and (for posts added off screen) in view → marked. */
    report() {
      const added = [];
      const visible = [];
      let unmarked = 0;
      let goneUnread = 0;
      let markedTwice = 0;
      for (const r of records) {
        if (r.marked === undefined) {
          if (r.gone) goneUnread += 1;
          else unmarked += 1;
          continue;
        }
        if (r.marks > 1) markedTwice += 1;
        added.push(r.marked - r.added);
        if (r.visible !== undefined) visible.push(Math.max(0, r.marked - r.visible));
      }
      return { posts: records.length, unmarked, goneUnread, markedTwice, added, visible };
    },
  };
}
