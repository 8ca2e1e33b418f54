/**
 * Saving the guide for offline reading, loaded only when a reader asks for it or already has.
 * The service worker (written by the build, src/integrations/offline.ts) precaches every file as
 * it installs; a worker whose download fails never activates, so a half-saved guide never serves.
 * A new build's worker waits until the reader accepts it, so no page mixes old and new files.
 */
import type { OfflineSize } from '../integrations/offline';

const POLL_MS = 300;
const mb = (bytes: number) => `${Math.max(1, Math.ceil(bytes / 1e6))} MB`;

function parts(control: HTMLElement) {
  return {
    base: control.dataset['base']!,
    button: control.querySelector<HTMLButtonElement>('[data-offline-save]')!,
    status: control.querySelector<HTMLElement>('[data-offline-status]')!,
    update: control.querySelector<HTMLElement>('[data-offline-update]')!,
  };
}

/** Workbox keeps its precache in one cache per scope; counting its entries shows the download's progress. */
const precacheName = (scope: string) => `workbox-precache-v2-${scope}`;

function showSaved(control: HTMLElement) {
  const { button, status } = parts(control);
  button.hidden = true;
  status.textContent = 'Available offline';
  control.hidden = false;
}

/** Offers the waiting worker of a newer build; accepting it switches every tab over and reloads this one. */
function offerUpdate(control: HTMLElement, waiting: ServiceWorker) {
  const { update } = parts(control);
  update.hidden = false;
  update.querySelector('button')!.addEventListener(
    'click',
    () => {
      navigator.serviceWorker.addEventListener(
        'controllerchange',
        () => {
          window.location.reload();
        },
        { once: true },
      );
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

/** On a visit after saving: says so, and offers a newer build once its worker has finished downloading. */
export async function watch(control: HTMLElement) {
  const registration = await navigator.serviceWorker.getRegistration(parts(control).base);
  if (!registration) return;
  if (registration.active) showSaved(control);
  // With no controller, an installed worker is the first one, not an update.
  const hasController = () => navigator.serviceWorker.controller !== null;
  const track = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && hasController()) offerUpdate(control, worker);
    });
  if (registration.waiting && hasController()) offerUpdate(control, registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
}

async function freeSpace(): Promise<number | undefined> {
  // Older browsers have no StorageManager, whatever the DOM types say: then the space is not known.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return estimate?.quota === undefined ? undefined : estimate.quota - (estimate.usage ?? 0);
}

/** Installs the worker after checking the space, showing progress until it is active or has failed. */
export async function save(control: HTMLElement, size: OfflineSize) {
  const { base, button, status } = parts(control);
  const fail = (message: string) => {
    status.textContent = `${message} The guide still works online.`;
    button.disabled = false;
  };
  button.disabled = true;
  status.textContent = 'Checking space…';
  const free = await freeSpace();
  if (free !== undefined && free < size.bytes) {
    fail(`Not enough space to save for offline: it needs ${mb(size.bytes)} and this browser allows this site ${mb(free)}.`);
    return;
  }
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  } catch {
    fail('This browser refused to save the guide (private windows often do).');
    return;
  }
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return;
  status.textContent = 'Saving… 0%';
  const timer = setInterval(async () => {
    const saved = (await (await caches.open(precacheName(registration.scope))).keys()).length;
    if (worker.state === 'installing') status.textContent = `Saving… ${Math.min(99, Math.floor((saved / size.files) * 100))}%`;
  }, POLL_MS);
  const settled = () => {
    if (worker.state === 'activated') {
      clearInterval(timer);
      showSaved(control);
    } else if (worker.state === 'redundant') {
      clearInterval(timer);
      // A failed install never activates; dropping what it did download gives the space back.
      void registration.unregister();
      void caches.delete(precacheName(registration.scope));
      fail('Saving for offline did not finish (the browser refused the space, or the network dropped).');
    }
  };
  worker.addEventListener('statechange', settled);
  settled();
}
