/**
 * Renders static MDX pages (plugins/static-mdx.ts) on worker threads, one per CPU core, so that a
 * cold build parses its pages on every core instead of one: parsing is most of the content layer's
 * time. A lone page (an edit under `astro dev`, a rebuild after one change) renders in this thread,
 * where starting a worker would cost more than it saves; workers start when pages queue up, and
 * stop once the queue has been empty for a moment, giving their memory back before pages render.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderStaticMdx, type StaticMdx } from '../plugins/static-mdx';

export interface RenderJob {
  id: number;
  body: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

export type RenderReply = { id: number; page: StaticMdx | undefined } | { id: number; error: unknown };

/** How long the workers wait for more pages before they stop. */
const IDLE_MS = 500;

interface Pending {
  resolve: (page: StaticMdx | undefined) => void;
  reject: (error: unknown) => void;
}

/** A running worker and how many of the pages sent to it it has not answered yet. */
interface Slot {
  worker: Worker;
  busy: number;
}

const pending = new Map<number, Pending>();
let slots: Slot[] = [];
let nextId = 0;
let idleTimer: NodeJS.Timeout | undefined;

function startWorker(): Slot {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
    // Parsing makes many short-lived objects; a larger young generation collects them less often.
    resourceLimits: { maxYoungGenerationSizeMb: 48 },
  });
  // Idle workers never keep the process alive; the timer above stops them anyway.
  worker.unref();
  const slot = { worker, busy: 0 };
  worker.on('message', (reply: RenderReply) => {
    slot.busy -= 1;
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) job?.reject(reply.error);
    else job?.resolve(reply.page);
    if (pending.size === 0) idleTimer = setTimeout(stopWorkers, IDLE_MS);
  });
  // A worker that fails or stops while pages wait (out of memory, say) fails them, so the build stops
  // with the reason instead of waiting for answers that never come.
  const failAll = (error: unknown) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    void stopWorkers();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (pending.size > 0) failAll(new Error(`A page-rendering worker stopped (exit code ${code}) with ${pending.size} page(s) unrendered.`));
  });
  return slot;
}

/** How many workers are running now (for the tests). */
export const runningWorkers = (): number => slots.length;

async function stopWorkers() {
  const stopping = slots;
  slots = [];
  await Promise.all(stopping.map(({ worker }) => worker.terminate()));
}

/** Pages that arrived within the last few milliseconds, while no worker runs. */
let waiting: (RenderJob & Pending)[] = [];

/**
 * Sends the waiting pages to the workers, starting them, unless there is only one: that one renders
 * here. Pages of a sync arrive together, as each file is read; an edit arrives alone.
 */
function flush() {
  const jobs = waiting;
  waiting = [];
  const [only] = jobs;
  if (only && jobs.length === 1 && slots.length === 0) {
    renderStaticMdx(only.body, only.filePath, only.frontmatter).then(only.resolve, only.reject);
    return;
  }
  if (slots.length === 0) slots = Array.from({ length: availableParallelism() }, startWorker);
  for (const { resolve, reject, ...job } of jobs) send(job, { resolve, reject });
}

/** Sends a page to the worker with the fewest pages waiting. */
function send(job: RenderJob, callbacks: Pending) {
  const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  slot.busy += 1;
  pending.set(job.id, callbacks);
  slot.worker.postMessage(job);
}

/** How long the first page waits for others before it renders alone. */
const BATCH_MS = 5;

/** The page's HTML and headings, or `undefined` when @astrojs/mdx must compile it (see static-mdx.ts). */
export function renderPage(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<StaticMdx | undefined> {
  clearTimeout(idleTimer);
  const job: RenderJob = { id: nextId++, body, filePath, frontmatter };
  return new Promise((resolve, reject) => {
    if (slots.length > 0) {
      send(job, { resolve, reject });
      return;
    }
    waiting.push({ ...job, resolve, reject });
    if (waiting.length === 1) setTimeout(flush, BATCH_MS);
  });
}
