/**
 * The page's handle on the reader's saved progress. A store that could not be read (blocked or corrupted)
 * keeps working in memory and never overwrites what is saved, unless the reader imports or resets.
 */
import { emptyProgress, readStored, writeStored, type Progress } from '../../utils/study/progress';

export const today = () => new Date().toISOString().slice(0, 10);

/** The browser's localStorage, or null where the browser refuses it (reading it can throw). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface Store {
  get: () => Progress;
  /** Why progress is not being saved, if it is not. */
  problem: () => string | undefined;
  /** Applies a change and saves it when saving is possible; returns a message when it could not be saved. */
  update: (change: (progress: Progress) => Progress) => string | undefined;
  /** Replaces everything (import, reset), the only way past a store that could not be read. */
  replace: (progress: Progress) => string | undefined;
}

export function openStore(): Store {
  const stored = readStored(browserStorage(), today());
  let progress = stored.progress;
  let problem = 'message' in stored ? stored.message : undefined;
  let writable = stored.status === 'ok' || stored.status === 'empty';
  // Another tab may have saved since this page read the store: reading and changing start from what is
  // saved now, so a practice session in one tab and a mock exam in another never undo each other.
  const refresh = () => {
    if (!writable) return;
    const fresh = readStored(browserStorage(), today());
    if (fresh.status === 'ok' || fresh.status === 'empty') progress = fresh.progress;
  };
  const save = () => {
    const result = writeStored(browserStorage(), progress);
    if (result.ok) {
      writable = true;
      problem = undefined;
      return undefined;
    }
    problem = result.message;
    return result.message;
  };
  return {
    get: () => {
      refresh();
      return progress;
    },
    problem: () => problem,
    update(change) {
      refresh();
      progress = change(progress);
      return writable ? save() : problem;
    },
    replace(next) {
      progress = next;
      return save();
    },
  };
}

export const resetProgress = (store: Store) => store.replace(emptyProgress());
