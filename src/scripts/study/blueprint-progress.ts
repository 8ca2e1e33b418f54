/**
 * <blueprint-progress>: the reader's standing on each task statement of an exam, on the exam page and the
 * study path. It marks the sections whose page the reader studied, gives each task's accuracy over
 * practice and mock answers, and (where the page has a `[data-next]` list) names the tasks to study next:
 * the weakest answered ones first, then those not started, in the blueprint's order.
 */
import { withBase } from '../../utils/base';
import { openStore } from './store';
import { el } from './dom';

interface DeckQuestion {
  id: string;
  tasks: Record<string, string>;
}

interface Standing {
  task: string;
  title: string;
  href: string;
  right: number;
  total: number;
}

/** Below this share right, an answered task still needs work. */
const GOOD_ENOUGH = 0.75;

class BlueprintProgress extends HTMLElement {
  async connectedCallback() {
    const progress = openStore().get();
    for (const link of this.querySelectorAll<HTMLElement>('[data-page]')) {
      const mark = link.parentElement?.querySelector<HTMLElement>('[data-studied-mark]');
      if (mark) mark.hidden = !Object.hasOwn(progress.studied, link.dataset['page'] ?? '');
    }
    const exam = this.dataset['exam']!;
    const response = await fetch(withBase(`/practice/decks/${this.dataset['deck']!}.json`)).catch(() => undefined);
    if (!response?.ok) return;
    const { items } = (await response.json()) as { items: DeckQuestion[] };
    const standings: Standing[] = [...this.querySelectorAll<HTMLElement>('[data-task]')].map((section) => {
      const task = section.dataset['task']!;
      let right = 0;
      let total = 0;
      for (const question of items) {
        const state = progress.questions[question.id];
        if (question.tasks[exam] !== task || !state) continue;
        right += state.right;
        total += state.right + state.wrong;
      }
      const accuracy = section.querySelector('[data-task-accuracy]');
      if (accuracy && total > 0) accuracy.textContent = ` · your answers: ${right} of ${total} right (${Math.round((100 * right) / total)}%)`;
      return { task, title: section.dataset['title'] ?? task, href: `#${section.getAttribute('aria-labelledby')!}`, right, total };
    });
    const next = this.querySelector('[data-next]');
    if (!next) return;
    const weak = standings.filter((s) => s.total > 0 && s.right / s.total < GOOD_ENOUGH).sort((a, b) => a.right / a.total - b.right / b.total);
    const fresh = standings.filter((s) => s.total === 0);
    const picks = [...weak, ...fresh].slice(0, 3);
    const list = el(
      'ol',
      { className: 'list-decimal space-y-2 ps-5' },
      ...picks.map((s) =>
        el(
          'li',
          {},
          el('a', { href: s.href, className: 'text-accent-700 underline dark:text-accent-300' }, `Task ${s.task}: ${s.title}`),
          s.total > 0 ? ` (${Math.round((100 * s.right) / s.total)}% right so far)` : ' (not practised yet)',
        ),
      ),
    );
    next.replaceChildren(picks.length > 0 ? list : el('p', {}, `Every task is at ${Math.round(GOOD_ENOUGH * 100)}% or better: take a mock exam to check.`));
    next.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  }
}

customElements.define('blueprint-progress', BlueprintProgress);
