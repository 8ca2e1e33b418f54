/**
 * <practice-app>: the practice session on /practice/. The reader picks a deck (an exam and optionally one of
 * its domains, a category, a service or a comparison) and a number of questions; each answer gets a verdict,
 * the explanation and a link to the section that proves it; the end shows the score by exam domain. Missed
 * questions go back to the first box of the schedule, so they lead the next session of that deck.
 */
import { paperOf, type PaperItem } from '../../utils/study/mock';
import { answeredRight, isAnswered, keyOf, OPTION_LETTERS, pickQuestions, scoreByDomain, type PracticeQuestion } from '../../utils/study/practice';
import { grade } from '../../utils/study/schedule';
import { el, table } from './dom';
import { answerLines, questionForm } from './question-form';
import { openStore } from './store';
import { withBase } from '../../utils/base';

interface Config {
  exams: { code: string; deck: string; domains: { name: string; tasks: { number: string; title: string }[] }[] }[];
}

interface Result {
  question: PracticeQuestion;
  correct: boolean;
}

class PracticeApp extends HTMLElement {
  #store = openStore();
  #config: Config = JSON.parse(this.querySelector('[data-practice-config]')!.textContent) as Config;
  #setup = this.querySelector<HTMLFormElement>('[data-setup]')!;
  #deck = this.querySelector<HTMLSelectElement>('[data-deck]')!;
  #domain = this.querySelector<HTMLSelectElement>('[data-domain]')!;
  #count = this.querySelector<HTMLSelectElement>('[data-count]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #quiz = this.querySelector<HTMLElement>('[data-quiz]')!;
  #questions: PracticeQuestion[] = [];
  /** Each question's choices in the order shown this session. */
  #paper: PaperItem[] = [];
  #results: Result[] = [];
  #exam: string | undefined;

  connectedCallback() {
    this.querySelector('[data-needs-js]')?.remove();
    this.#setup.hidden = false;
    const params = new URLSearchParams(window.location.search);
    const preset = params.get('deck');
    if (preset && [...this.#deck.options].some((o) => o.value === preset)) this.#deck.value = preset;
    this.#deck.addEventListener('change', () => {
      this.#showDomains();
    });
    this.#showDomains();
    // A blueprint's "Practise task 1.2" link opens its exam's deck on that task.
    const task = params.get('task');
    if (task && [...this.#domain.options].some((o) => o.value === `task:${task}`)) this.#domain.value = `task:${task}`;
    this.#setup.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#start();
    });
    const problem = this.#store.problem();
    if (problem) this.#status.textContent = problem;
  }

  #examOfDeck() {
    return this.#config.exams.find((e) => e.deck === this.#deck.value);
  }

  /** An exam's deck narrows to a domain (`domain:<name>`) or one of its task statements (`task:<number>`). */
  #showDomains() {
    const exam = this.#examOfDeck();
    const groups = (exam?.domains ?? []).map((d, i) => {
      const group = document.createElement('optgroup');
      group.label = `Domain ${i + 1}: ${d.name}`;
      group.append(new Option(`All of domain ${i + 1}`, `domain:${d.name}`), ...d.tasks.map((t) => new Option(`${t.number} ${t.title}`, `task:${t.number}`)));
      return group;
    });
    this.#domain.replaceChildren(new Option('All domains', ''), ...groups);
    this.#domain.disabled = !exam;
  }

  async #start() {
    this.#status.textContent = 'Loading questions…';
    let items: PracticeQuestion[];
    try {
      const response = await fetch(withBase(`/practice/decks/${this.#deck.value}.json`));
      if (!response.ok) throw new Error(String(response.status));
      items = ((await response.json()) as { items: PracticeQuestion[] }).items;
    } catch {
      this.#status.textContent = 'The questions could not be loaded. Check your connection and try again.';
      return;
    }
    const exam = this.#examOfDeck();
    this.#exam = exam?.code;
    const [kind, value] = this.#domain.value.split(/:(.*)/);
    const deck = exam && value ? items.filter((q) => (kind === 'task' ? q.tasks : q.exams)[exam.code] === value) : items;
    this.#questions = pickQuestions(deck, this.#store.get().questions, Number(this.#count.value), new Date());
    // A new order of options each session: a reader learns the answer, not its position.
    this.#paper = paperOf(this.#questions);
    this.#results = [];
    this.#status.textContent = '';
    this.#setup.hidden = true;
    this.#ask(0);
  }

  #ask(index: number) {
    const question = this.#questions[index];
    if (!question) {
      this.#finish();
      return;
    }
    const { order } = this.#paper[index]!;
    const item = questionForm(question, order, undefined, `q-${question.id}`);
    const check = el('button', { type: 'submit', className: 'study-button' }, 'Check answer');
    const form = el('form', { className: 'space-y-4' }, item.fieldset, check);
    const verdict = el('div', { className: 'space-y-3', hidden: true });
    const live = el('p', { className: 'sr-only' });
    live.setAttribute('role', 'status');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = item.read();
      if (!isAnswered(question, chosen)) {
        live.textContent =
          question.type === 'choice'
            ? question.answer.length > 1
              ? `Choose ${question.answer.length} options first.`
              : 'Choose an option first.'
            : `Choose an answer for every ${question.type === 'ordering' ? 'step' : 'prompt'} first.`;
        return;
      }
      const correct = answeredRight(question, chosen);
      this.#results.push({ question, correct });
      this.#record(question.id, correct);
      item.lock();
      const key = keyOf(question);
      if (question.type === 'choice') {
        // The verdict says which letters are right; the borders show it at a glance.
        for (const input of item.fieldset.querySelectorAll('input')) {
          const label = input.closest('label')!;
          const right = key.includes(Number(input.value));
          if (right || input.checked) label.classList.remove('border-slate-200', 'dark:border-slate-700');
          if (right) label.classList.add('border-emerald-600', 'dark:border-emerald-400');
          else if (input.checked) label.classList.add('border-rose-600', 'dark:border-rose-400');
        }
      }
      const letters = key
        .map((k) => OPTION_LETTERS[order.indexOf(k)]!)
        .sort()
        .join(' and ');
      check.hidden = true;
      const heading = el(
        'h2',
        { className: `text-xl font-bold ${correct ? 'text-emerald-700 dark:text-emerald-300' : 'text-rose-700 dark:text-rose-300'}`, tabIndex: -1 },
        correct ? 'Correct' : question.type === 'choice' ? `Not quite: the answer is ${letters}` : 'Not quite: the right answer is below',
      );
      const next = el('button', { type: 'button', className: 'study-button' }, index + 1 < this.#questions.length ? 'Next question' : 'See your score');
      next.addEventListener('click', () => {
        this.#ask(index + 1);
      });
      verdict.replaceChildren(
        heading,
        ...(question.type === 'choice'
          ? []
          : [el('ul', { className: 'list-disc space-y-1 ps-5' }, ...answerLines(question, order, chosen).map((line) => el('li', {}, line)))]),
        el('p', {}, question.explanation),
        el(
          'p',
          {},
          el(
            'a',
            { href: withBase(question.proof), className: 'font-medium text-accent-700 underline dark:text-accent-300' },
            'Read the section that proves it',
          ),
        ),
        next,
      );
      verdict.hidden = false;
      live.textContent = heading.textContent;
      heading.focus();
    });
    this.#quiz.replaceChildren(
      el('p', { className: 'text-sm text-slate-600 dark:text-slate-400' }, `Question ${index + 1} of ${this.#questions.length}`),
      form,
      verdict,
      live,
    );
    this.#quiz.hidden = false;
    item.legend.focus();
  }

  #record(id: string, correct: boolean) {
    const problem = this.#store.update((progress) => {
      const before = progress.questions[id];
      const state = grade(before, correct ? 'good' : 'again', new Date());
      const counts = { right: (before?.right ?? 0) + (correct ? 1 : 0), wrong: (before?.wrong ?? 0) + (correct ? 0 : 1) };
      return { ...progress, questions: { ...progress.questions, [id]: { ...state, ...counts } } };
    });
    if (problem) this.#status.textContent = problem;
  }

  #finish() {
    const right = this.#results.filter((r) => r.correct).length;
    const heading = el('h2', { className: 'text-2xl font-bold', tabIndex: -1 }, `You scored ${right} of ${this.#results.length}`);
    const parts: Node[] = [heading];
    // An exam deck is scored by that exam's domains; any other deck by the domains of every exam it touches.
    for (const code of this.#exam ? [this.#exam] : this.#config.exams.map((e) => e.code)) {
      const scores = scoreByDomain(this.#results, code);
      if (scores.length === 0) continue;
      parts.push(
        table(
          `Score by ${code} domain`,
          ['Domain', 'Right'],
          scores.map((s) => [s.domain, `${s.right} of ${s.total}`]),
        ),
      );
    }
    const again = el('button', { type: 'button', className: 'study-button' }, 'Practise again');
    again.addEventListener('click', () => {
      this.#quiz.hidden = true;
      this.#setup.hidden = false;
      this.#deck.focus();
    });
    parts.push(
      el('p', { className: 'text-sm text-slate-600 dark:text-slate-400' }, 'Questions you missed come first the next time you practise this deck.'),
      again,
    );
    this.#quiz.replaceChildren(...parts);
    heading.focus();
  }
}

customElements.define('practice-app', PracticeApp);
