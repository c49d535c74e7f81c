// Tasks the content script runs later, in the priority the browser gives the page's own work.

export type Task = () => void;

interface PostTaskScheduler {
  postTask(task: Task, options: { priority: 'user-blocking' | 'user-visible' | 'background' }): Promise<unknown>;
}

function postTaskScheduler(): PostTaskScheduler | undefined {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  return scheduler?.postTask ? scheduler : undefined;
}

/** A new task soon (not a microtask, so the page paints and handles input in between). */
export function soon(task: Task): void {
  const scheduler = postTaskScheduler();
  if (scheduler) void scheduler.postTask(task, { priority: 'user-visible' }).catch(() => undefined);
  else setTimeout(task, 0);
}

/**
 * A task before the page's other waiting tasks (new posts of a feed: short work whose result the
 * person is about to see), where the scheduler API allows; otherwise a plain task.
 */
export function first(task: Task): void {
  const scheduler = postTaskScheduler();
  if (scheduler) void scheduler.postTask(task, { priority: 'user-blocking' }).catch(() => undefined);
  else setTimeout(task, 0);
}

/**
 * A task after the page's own work: a background-priority task, which the browser runs once
 * input, rendering and the page's tasks are done; without the scheduler API, an idle callback
 * (at the latest after timeoutMs).
 */
export function afterPageWork(task: (budgetMs: number) => void, timeoutMs: number): void {
  const scheduler = postTaskScheduler();
  if (scheduler) {
    void scheduler.postTask(() => task(Infinity), { priority: 'background' }).catch(() => undefined);
    return;
  }
  const ric = (globalThis as { requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, options: { timeout: number }) => number })
    .requestIdleCallback;
  if (ric) ric((deadline) => task(deadline.timeRemaining()), { timeout: timeoutMs });
  else setTimeout(() => task(Infinity), 50);
}
