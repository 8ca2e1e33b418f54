/**
 * <progress-controls>: export the reader's progress as a JSON file, import one back (refused or cleaned with
 * a message that says why, leaving saved progress as it was), and reset after asking.
 */
import { parseExport, serialize } from '../../utils/study/progress';
import { openStore, resetProgress, today } from './store';
import { withBase } from '../../utils/base';

class ProgressControls extends HTMLElement {
  #status = this.querySelector<HTMLElement>('[data-progress-status]')!;

  connectedCallback() {
    const store = openStore();
    const exportButton = this.querySelector<HTMLButtonElement>('[data-export]')!;
    const importInput = this.querySelector<HTMLInputElement>('[data-import]')!;
    const resetButton = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    [exportButton, importInput, resetButton].forEach((control) => (control.disabled = false));
    if (store.problem()) this.#status.textContent = store.problem()!;

    exportButton.addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([serialize(store.get())], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: `aws-study-guide-progress-${today()}.json` });
      link.click();
      URL.revokeObjectURL(url);
      this.#status.textContent = 'Progress exported.';
    });

    importInput.addEventListener('change', async () => {
      const file = importInput.files?.[0];
      importInput.value = '';
      if (!file) return;
      try {
        const ids = (await (await fetch(withBase('/study/ids.json'))).json()) as { topics: string[]; cards: string[]; questions: string[] };
        const known = { topics: new Set(ids.topics), cards: new Set(ids.cards), questions: new Set(ids.questions) };
        const result = parseExport(await file.text(), known, today());
        if (!result.ok) {
          this.#status.textContent = `Not imported: ${result.error} Your saved progress is unchanged.`;
          return;
        }
        const problem = store.replace(result.value);
        this.#status.textContent = problem ?? ['Progress imported.', ...result.notes].join(' ');
      } catch {
        this.#status.textContent = 'Not imported: the file could not be read. Your saved progress is unchanged.';
      }
    });

    resetButton.addEventListener('click', () => {
      if (!window.confirm('Reset all your progress in this browser? Export it first if you want a copy.')) return;
      this.#status.textContent = resetProgress(store) ?? 'Progress reset.';
    });
  }
}

customElements.define('progress-controls', ProgressControls);
