// Records a Chrome trace through the DevTools Protocol and reads from it what the benchmark
// reports: the page's main-thread tasks, the long ones, and the time spent in the extension's
// scripts (any function call or script evaluation whose script is a chrome-extension:// URL).

// Light categories only: the heavier disabled-by-default ones slow the page they measure.
export const CATEGORIES = ['devtools.timeline', 'toplevel', '__metadata'];

export async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => {
    for (const event of value) events.push(event);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  return async function stop() {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch']);
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function urlOf(event) {
  const data = event.args?.data ?? {};
  return data.url ?? data.scriptName ?? data.stackTrace?.[0]?.url ?? event.args?.fileName ?? '';
}

/** Outermost events of a list sorted by start (nested ones are inside their parent's time). */
function outermost(events) {
  const out = [];
  let end = -Infinity;
  for (const event of events) {
    if (event.ts >= end) {
      out.push(event);
      end = event.ts + event.dur;
    }
  }
  return out;
}

/**
 * The page's main thread: the CrRendererMain of the renderer showing pageOrigin (the extension's
 * service worker and other renderers are left out).
 */
function pageThread(events, pageOrigin) {
  const pids = new Set();
  for (const event of events) {
    const frames = event.args?.data?.frames;
    if (event.name === 'TracingStartedInBrowser' && Array.isArray(frames)) {
      for (const frame of frames) if (String(frame.url).startsWith(pageOrigin) && frame.processId) pids.add(frame.processId);
    }
    if ((event.name === 'FrameCommittedInBrowser' || event.name === 'CommitLoad') && String(event.args?.data?.url ?? event.args?.data?.frame?.url).startsWith(pageOrigin)) {
      if (event.args.data.processId) pids.add(event.args.data.processId);
    }
  }
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = mains.find((e) => pids.has(e.pid));
  if (main) return { pid: main.pid, tid: main.tid };
  // Without the frame list (light categories): the renderer main thread that was busiest.
  const busy = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name)) continue;
    const key = `${e.pid}:${e.tid}`;
    busy.set(key, (busy.get(key) ?? 0) + e.dur);
  }
  const best = mains.map((m) => ({ m, busy: busy.get(`${m.pid}:${m.tid}`) ?? 0 })).sort((a, b) => b.busy - a.busy)[0];
  if (!best) throw new Error(`the trace has no renderer main thread for ${pageOrigin}`);
  return { pid: best.m.pid, tid: best.m.tid };
}

/** Main-thread busy time, long tasks, scripting and the extension's share, all in ms. */
export function analyseTrace(events, pageOrigin, { from, to } = {}) {
  const { pid, tid } = pageThread(events, pageOrigin);
  const inWindow = (e) => (from === undefined || e.ts >= from) && (to === undefined || e.ts + e.dur <= to);
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && inWindow(e))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = outermost(main.filter((e) => TASK_NAMES.has(e.name)));
  const scripts = outermost(main.filter((e) => SCRIPT_EVENTS.has(e.name)));
  const extension = outermost(main.filter((e) => SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith('chrome-extension://')));
  const long = tasks.filter((t) => t.dur > 50_000);
  const ms = (us) => us / 1000;
  const sum = (list) => ms(list.reduce((n, e) => n + e.dur, 0));
  // Thread time (tdur): what the main thread spent on the CPU, which other processes of a busy
  // machine do not stretch the way they stretch wall-clock durations.
  const cpu = (e) => e.tdur ?? e.dur;
  let extensionInLong = 0;
  let madeLongByExtension = 0;
  let extensionInLongMs = 0;
  let longestExtensionSlice = 0;
  // The same in thread time: a task over 50 ms of CPU that would have stayed under without Hearken.
  let longCpu = 0;
  let madeLongByExtensionCpu = 0;
  let longestExtensionSliceCpu = 0;
  let e = 0;
  for (const task of tasks) {
    while (e < extension.length && extension[e].ts < task.ts) e += 1;
    let inside = 0;
    let insideCpu = 0;
    for (let i = e; i < extension.length && extension[i].ts < task.ts + task.dur; i += 1) {
      inside += extension[i].dur;
      insideCpu += cpu(extension[i]);
    }
    longestExtensionSlice = Math.max(longestExtensionSlice, ms(inside));
    longestExtensionSliceCpu = Math.max(longestExtensionSliceCpu, ms(insideCpu));
    if (cpu(task) > 50_000) {
      longCpu += 1;
      if (insideCpu > 0 && cpu(task) - insideCpu <= 50_000) madeLongByExtensionCpu += 1;
    }
    if (task.dur > 50_000 && inside > 0) {
      extensionInLong += 1;
      extensionInLongMs += ms(inside);
      // Would have stayed under 50 ms without the extension's scripts.
      if (task.dur - inside <= 50_000) madeLongByExtension += 1;
    }
  }
  // What the busy time went to: the biggest kinds of work directly inside the page's tasks.
  const kinds = new Map();
  let t = 0;
  for (const event of main) {
    if (TASK_NAMES.has(event.name)) continue;
    while (t < tasks.length && tasks[t].ts + tasks[t].dur <= event.ts) t += 1;
    const task = tasks[t];
    if (!task || event.ts < task.ts) continue;
    kinds.set(event.name, (kinds.get(event.name) ?? 0) + cpu(event));
  }
  const busiest = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, dur]) => ({ name, ms: ms(dur) }));
  return {
    busiest,
    busyMs: sum(tasks),
    busyCpuMs: ms(tasks.reduce((n, e) => n + cpu(e), 0)),
    tasks: tasks.length,
    longTasks: long.length,
    longestTaskMs: ms(Math.max(0, ...tasks.map((t) => t.dur))),
    longTasksWithExtension: extensionInLong,
    longTasksMadeByExtension: madeLongByExtension,
    extensionMsInLongTasks: extensionInLongMs,
    scriptingMs: sum(scripts),
    extensionMs: sum(extension),
    extensionCpuMs: ms(extension.reduce((n, e) => n + cpu(e), 0)),
    longestExtensionTaskMs: longestExtensionSlice,
    longTasksCpu: longCpu,
    longTasksMadeByExtensionCpu: madeLongByExtensionCpu,
    longestExtensionTaskCpuMs: longestExtensionSliceCpu,
  };
}
