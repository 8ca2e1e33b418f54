/**
 * <mock-exam>: a full-length mock on /exams/<code>/mock/. The reader starts it (timed or not), answers one
 * question at a time with no feedback, flags and reviews, and submits (or the time runs out); the results
 * give an estimated score against the pass mark, right/total by domain and task statement, the sections to
 * study next, and every question to review. The attempt in progress is saved on every change (attempt.ts),
 * so a reload resumes it; finished attempts go to the progress store's history.
 */
import { withBase } from '../../utils/base';
import {
  readAttempt,
  removeAttempt,
  writeAttempt,
  heldElsewhere,
  attemptKey,
  ATTEMPT_FORMAT,
  ATTEMPT_VERSION,
  HEARTBEAT_MS,
  type Attempt,
} from '../../utils/study/attempt';
import { clock, drawMock, gradeMock, paperOf, warningCrossed, type MockSpec } from '../../utils/study/mock';
import { answeredRight, isAnswered, type PracticeQuestion } from '../../utils/study/practice';
import type { MockRecord } from '../../utils/study/progress';
import { grade } from '../../utils/study/schedule';
import { el, table } from './dom';
import { answerLines, questionForm } from './question-form';
import { browserStorage, openStore } from './store';

interface Config extends MockSpec {
  deck: string;
  /** Task statement number → its title, for the results. */
  taskTitles: Record<string, string>;
}

type DeckQuestion = PracticeQuestion & { proofLabel?: string };

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** This tab's id: kept over a reload (session storage is per tab), so a reloaded page still holds its attempt. */
function tabId(): string {
  try {
    const known = window.sessionStorage.getItem('aws-study-guide:tab');
    if (known) return known;
    const id = newId();
    window.sessionStorage.setItem('aws-study-guide:tab', id);
    return id;
  } catch {
    return newId();
  }
}
const formatDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

class MockExam extends HTMLElement {
  #config = JSON.parse(this.querySelector('[data-mock-config]')!.textContent) as Config;
  #store = openStore();
  #me = tabId();
  #intro = this.querySelector<HTMLElement>('[data-intro]')!;
  #start = this.querySelector<HTMLFormElement>('[data-start]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #alert = this.querySelector<HTMLElement>('[data-alert]')!;
  #history = this.querySelector<HTMLElement>('[data-history]')!;
  #stage = this.querySelector<HTMLElement>('[data-stage]')!;
  #questions = new Map<string, DeckQuestion>();
  #attempt: Attempt | undefined;
  #ticking: number | undefined;
  #lastTick = 0;
  #lastSave = 0;

  connectedCallback() {
    this.querySelector('[data-needs-js]')?.remove();
    this.#start.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#begin(this.#start.querySelector<HTMLInputElement>('[name=untimed]')?.checked !== true);
    });
    window.addEventListener('storage', (event) => {
      if (event.key === attemptKey(this.#config.code)) this.#checkOwner();
    });
    // A closed tab lets go of its attempt at once, so that another tab opens it without asking.
    window.addEventListener('pagehide', () => {
      if (!this.#attempt) return;
      this.#save(true);
      this.#attempt.heartbeat = 0;
      writeAttempt(browserStorage(), this.#attempt, this.#me);
    });
    this.#showHistory();
    void this.#resumeOrIntro();
  }

  async #loadDeck(): Promise<boolean> {
    if (this.#questions.size > 0) return true;
    this.#say('Loading questions…');
    try {
      const response = await fetch(withBase(`/practice/decks/${this.#config.deck}.json`));
      if (!response.ok) throw new Error(String(response.status));
      const { items } = (await response.json()) as { items: DeckQuestion[] };
      this.#questions = new Map(items.map((q) => [q.id, q]));
      this.#say('');
      return true;
    } catch {
      this.#say('The questions could not be loaded. Check your connection and try again.');
      return false;
    }
  }

  #say(text: string) {
    this.#status.textContent = text;
  }

  #showIntro() {
    this.#stopClock();
    this.#stage.replaceChildren();
    this.#stage.hidden = true;
    this.#intro.hidden = false;
    this.#start.hidden = false;
  }

  async #resumeOrIntro() {
    const stored = readAttempt(browserStorage(), this.#config.code);
    if (stored.status === 'unavailable' || stored.status === 'corrupt') this.#say(stored.message);
    if (stored.status !== 'ok') {
      this.#showIntro();
      return;
    }
    if (heldElsewhere(stored.attempt, this.#me, Date.now())) {
      this.#showElsewhere();
      return;
    }
    if (!(await this.#loadDeck())) return;
    this.#run({ ...stored.attempt, owner: this.#me });
  }

  /** Another tab holds the attempt: say so, and offer to move it here. */
  #showElsewhere() {
    this.#stopClock();
    this.#attempt = undefined;
    this.#intro.hidden = true;
    const heading = el('h2', { className: 'text-xl font-bold', tabIndex: -1 }, 'This mock exam is open in another tab');
    const here = el('button', { type: 'button', className: 'study-button' }, 'Continue here');
    here.addEventListener('click', () => {
      const stored = readAttempt(browserStorage(), this.#config.code);
      if (stored.status !== 'ok') {
        this.#showIntro();
        return;
      }
      void this.#loadDeck().then((ok) => {
        if (ok) this.#run({ ...stored.attempt, owner: this.#me }, true);
      });
    });
    this.#stage.replaceChildren(
      heading,
      el(
        'p',
        {},
        'Only one tab works on an attempt at a time, so that answers are never overwritten. Continue here to move it to this tab; the other tab stops.',
      ),
      here,
    );
    this.#stage.hidden = false;
    heading.focus();
  }

  #checkOwner() {
    if (!this.#attempt) return;
    const stored = readAttempt(browserStorage(), this.#config.code);
    if (stored.status === 'ok' && stored.attempt.id === this.#attempt.id && stored.attempt.owner !== this.#me) this.#showElsewhere();
    else if (stored.status === 'none') this.#showIntro();
  }

  async #begin(timed: boolean) {
    if (!(await this.#loadDeck())) return;
    const met = new Set(
      this.#store
        .get()
        .mocks.filter((m) => m.exam === this.#config.code)
        .flatMap((m) => m.items.map((i) => i.id)),
    );
    const drawn = drawMock([...this.#questions.values()], this.#config, met);
    const attempt: Attempt = {
      format: ATTEMPT_FORMAT,
      version: ATTEMPT_VERSION,
      id: newId(),
      exam: this.#config.code,
      startedAt: new Date().toISOString(),
      timed,
      limitMs: this.#config.minutes * 60_000,
      usedMs: 0,
      paper: paperOf(drawn),
      answers: {},
      flagged: [],
      current: 0,
      owner: this.#me,
      heartbeat: Date.now(),
    };
    this.#run(attempt);
  }

  #run(attempt: Attempt, takeOver = false) {
    // Questions the guide has since removed cannot be shown; the rest of the attempt goes on.
    attempt.paper = attempt.paper.filter((item) => this.#questions.has(item.id));
    attempt.current = Math.min(attempt.current, attempt.paper.length - 1);
    this.#attempt = attempt;
    this.#intro.hidden = true;
    this.#stage.hidden = false;
    this.#save(true, takeOver);
    this.#startClock();
    this.#show(attempt.current);
  }

  /** Saves the attempt; stops this tab if another one took the attempt over, and reports storage that refuses. */
  #save(force = false, takeOver = false) {
    const attempt = this.#attempt;
    if (!attempt) return;
    const now = Date.now();
    if (!force && now - this.#lastSave < 500) return;
    this.#lastSave = now;
    attempt.heartbeat = now;
    const result = writeAttempt(browserStorage(), attempt, this.#me, takeOver);
    if (result.ok) {
      this.#alert.hidden = true;
      return;
    }
    if (result.reason === 'taken') {
      this.#showElsewhere();
      return;
    }
    this.#alert.textContent = result.message;
    this.#alert.hidden = false;
  }

  #startClock() {
    this.#stopClock();
    this.#lastTick = Date.now();
    this.#ticking = window.setInterval(() => {
      this.#tick();
    }, 1000);
  }

  #stopClock() {
    if (this.#ticking !== undefined) window.clearInterval(this.#ticking);
    this.#ticking = undefined;
  }

  #tick() {
    const attempt = this.#attempt;
    if (!attempt) return;
    const now = Date.now();
    const before = attempt.limitMs - attempt.usedMs;
    attempt.usedMs += Math.max(0, now - this.#lastTick);
    this.#lastTick = now;
    const left = attempt.limitMs - attempt.usedMs;
    this.#showClock();
    if (attempt.timed) {
      const warning = warningCrossed(before, left);
      if (warning) this.querySelector('[data-announce]')!.textContent = `${warning} minutes left.`;
      if (left <= 0) {
        this.#submit(true);
        return;
      }
    }
    if (now - attempt.heartbeat >= HEARTBEAT_MS) this.#save(true);
  }

  #showClock() {
    const attempt = this.#attempt;
    const display = this.querySelector('[data-clock]');
    if (!attempt || !display) return;
    display.textContent = attempt.timed ? `Time left ${clock(attempt.limitMs - attempt.usedMs)}` : `Time used ${clock(attempt.usedMs)} (untimed)`;
  }

  /** The bar above every question and the review screen: where the reader is, and the clock. */
  #bar(label: string) {
    const timer = el('p', { className: 'font-mono tabular-nums' });
    timer.dataset['clock'] = '';
    timer.setAttribute('role', 'timer');
    const announce = el('p', { className: 'sr-only' });
    announce.dataset['announce'] = '';
    announce.setAttribute('role', 'status');
    return el(
      'div',
      { className: 'flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800' },
      el('p', {}, label),
      timer,
      announce,
    );
  }

  #show(index: number) {
    const attempt = this.#attempt!;
    attempt.current = index;
    this.#save();
    const item = attempt.paper[index]!;
    const question = this.#questions.get(item.id)!;
    const form = questionForm(question, item.order, attempt.answers[item.id], `mock-${item.id}`);
    const { fieldset, legend } = form;
    fieldset.addEventListener('change', () => {
      const picked = form.read();
      const { [item.id]: _, ...others } = attempt.answers;
      attempt.answers = picked ? { ...others, [item.id]: picked } : others;
      this.#save(true);
    });
    const flagged = attempt.flagged.includes(item.id);
    const flag = el('button', { type: 'button', className: 'study-button-quiet' }, 'Flag for review');
    flag.setAttribute('aria-pressed', String(flagged));
    flag.addEventListener('click', () => {
      const on = !attempt.flagged.includes(item.id);
      attempt.flagged = on ? [...attempt.flagged, item.id] : attempt.flagged.filter((id) => id !== item.id);
      flag.setAttribute('aria-pressed', String(on));
      this.#save(true);
    });
    const previous = el('button', { type: 'button', className: 'study-button-quiet', disabled: index === 0 }, 'Previous');
    previous.addEventListener('click', () => {
      this.#show(index - 1);
    });
    const last = index + 1 === attempt.paper.length;
    const next = el('button', { type: 'button', className: 'study-button' }, last ? 'Review answers' : 'Next');
    next.addEventListener('click', () => {
      if (last) this.#review();
      else this.#show(index + 1);
    });
    const review = el('button', { type: 'button', className: 'study-button-quiet' }, 'Review all');
    review.addEventListener('click', () => {
      this.#review();
    });
    this.#stage.replaceChildren(
      this.#bar(`Question ${index + 1} of ${attempt.paper.length}`),
      el('form', { className: 'space-y-4' }, fieldset),
      el('div', { className: 'flex flex-wrap gap-3' }, previous, next, flag, review),
    );
    this.#showClock();
    legend.focus();
  }

  /** Every question with its state, each a way back to it, and the way to submit. */
  #review() {
    const attempt = this.#attempt!;
    const full = (id: string) => isAnswered(this.#questions.get(id)!, attempt.answers[id]);
    const answered = attempt.paper.filter((i) => full(i.id)).length;
    const unanswered = attempt.paper.length - answered;
    const heading = el('h2', { className: 'text-xl font-bold', tabIndex: -1 }, 'Review your answers');
    const list = el(
      'ol',
      { className: 'grid gap-2 sm:grid-cols-2' },
      ...attempt.paper.map((item, i) => {
        const states = [full(item.id) ? 'answered' : 'unanswered', ...(attempt.flagged.includes(item.id) ? ['flagged'] : [])];
        const go = el(
          'button',
          { type: 'button', className: 'w-full rounded-md border border-slate-300 px-3 py-2 text-left dark:border-slate-600' },
          `Question ${i + 1}: ${states.join(', ')}`,
        );
        go.addEventListener('click', () => {
          this.#show(i);
        });
        return el('li', {}, go);
      }),
    );
    const submit = el('button', { type: 'button', className: 'study-button' }, 'Submit the exam');
    const confirm = el('div', { className: 'space-y-3', hidden: true });
    submit.addEventListener('click', () => {
      const sure = el('button', { type: 'button', className: 'study-button' }, 'Submit now');
      sure.addEventListener('click', () => {
        this.#submit(false);
      });
      const back = el('button', { type: 'button', className: 'study-button-quiet' }, 'Keep working');
      back.addEventListener('click', () => {
        confirm.hidden = true;
        submit.focus();
      });
      const warning = unanswered > 0 ? `${plural(unanswered, 'question')} unanswered will count as wrong. ` : 'Every question has an answer. ';
      confirm.replaceChildren(
        el('p', { tabIndex: -1 }, `${warning}Once submitted, the answers cannot be changed.`),
        el('div', { className: 'flex gap-3' }, sure, back),
      );
      confirm.hidden = false;
      sure.focus();
    });
    this.#stage.replaceChildren(
      this.#bar(`${answered} of ${attempt.paper.length} answered, ${plural(attempt.flagged.length, 'flag')}`),
      heading,
      el('p', {}, `Answered ${answered}, unanswered ${unanswered}, flagged ${attempt.flagged.length}. Choose a question to go back to it.`),
      list,
      submit,
      confirm,
    );
    this.#showClock();
    heading.focus();
  }

  #submit(timeUp: boolean) {
    const attempt = this.#attempt;
    if (!attempt) return;
    this.#stopClock();
    const questions = attempt.paper.map((item) => this.#questions.get(item.id)!);
    const outcome = gradeMock(questions, attempt.answers, this.#config);
    const record: MockRecord = {
      id: attempt.id,
      exam: attempt.exam,
      startedAt: attempt.startedAt,
      finishedAt: new Date().toISOString(),
      timed: attempt.timed,
      usedMs: Math.min(attempt.usedMs, attempt.timed ? attempt.limitMs : attempt.usedMs),
      score: outcome.score,
      passingScore: this.#config.passingScore,
      right: outcome.right,
      total: outcome.total,
      items: attempt.paper.map((item) => ({ id: item.id, chosen: attempt.answers[item.id] ?? [] })),
    };
    const now = new Date();
    const problem = this.#store.update((progress) => {
      const states = { ...progress.questions };
      for (const q of questions) {
        const correct = answeredRight(q, attempt.answers[q.id]);
        const before = states[q.id];
        states[q.id] = {
          ...grade(before, correct ? 'good' : 'again', now),
          right: (before?.right ?? 0) + (correct ? 1 : 0),
          wrong: (before?.wrong ?? 0) + (correct ? 0 : 1),
        };
      }
      return { ...progress, questions: states, mocks: [...progress.mocks, record] };
    });
    if (problem) {
      // The result is shown either way; the attempt stays saved so that it is not lost with the history.
      this.#alert.textContent = `${problem} The attempt stays saved in this browser until its result can be kept.`;
      this.#alert.hidden = false;
    } else {
      removeAttempt(browserStorage(), attempt.exam);
    }
    this.#attempt = undefined;
    this.#results(attempt, outcome, timeUp);
    this.#showHistory();
  }

  #results(attempt: Attempt, outcome: ReturnType<typeof gradeMock>, timeUp: boolean) {
    const { passingScore, code } = this.#config;
    const heading = el('h2', { className: 'text-2xl font-bold', tabIndex: -1 }, `Estimated score: ${outcome.score}`);
    const verdict = outcome.passed ? `at or above the pass mark of ${passingScore}` : `below the pass mark of ${passingScore}`;
    const parts: Node[] = [
      heading,
      ...(timeUp ? [el('p', { className: 'font-semibold' }, 'Time ran out, so your answers were submitted.')] : []),
      el('p', { className: 'text-lg' }, `${outcome.right} of ${outcome.total} right: ${verdict}.`),
      el(
        'p',
        { className: 'text-sm text-slate-600 dark:text-slate-400' },
        `An estimate on AWS’s 100–1,000 scale, drawn as a straight line from the share right. AWS scales each exam form, and ${this.#config.questions - this.#config.scored} of its ${this.#config.questions} questions are unscored, so your real score can differ.`,
      ),
      el('p', {}, `Time used: ${clock(Math.min(attempt.usedMs, attempt.limitMs))}${attempt.timed ? ` of ${clock(attempt.limitMs)}` : ' (untimed)'}.`),
      table(
        `Right answers by ${code} domain`,
        ['Domain', 'Right'],
        outcome.domains.map((d) => [d.name, `${d.right} of ${d.total}`]),
      ),
    ];
    if (outcome.tasks.length > 0) {
      parts.push(
        table(
          `Right answers by ${code} task statement`,
          ['Task statement', 'Right'],
          outcome.tasks.map((t) => [`${t.name} ${this.#config.taskTitles[t.name] ?? ''}`.trim(), `${t.right} of ${t.total}`]),
        ),
      );
    }
    if (outcome.studyNext.length > 0) {
      const label = (proof: string) => [...this.#questions.values()].find((q) => q.proof === proof)?.proofLabel ?? proof;
      parts.push(
        el('h3', { className: 'text-xl font-semibold' }, 'Study next'),
        el('p', {}, 'The sections behind the questions you missed, weakest domain first.'),
        ...outcome.studyNext.flatMap((d) => [
          el('h4', { className: 'font-semibold' }, d.domain),
          el(
            'ul',
            { className: 'list-disc space-y-2 pl-6' },
            ...d.proofs.map((proof) =>
              el('li', {}, el('a', { href: withBase(proof), className: 'text-accent-700 underline dark:text-accent-300' }, label(proof))),
            ),
          ),
        ]),
      );
    }
    parts.push(el('h3', { className: 'text-xl font-semibold' }, 'Every question'), ...attempt.paper.map((item, i) => this.#reviewItem(item, i, attempt)));
    const again = el('button', { type: 'button', className: 'study-button' }, 'Back to the start');
    again.addEventListener('click', () => {
      this.#showIntro();
      this.#start.querySelector('button')?.focus();
    });
    parts.push(again);
    this.#stage.replaceChildren(...parts);
    this.#stage.hidden = false;
    heading.focus();
  }

  #reviewItem(item: Attempt['paper'][number], index: number, attempt: Attempt) {
    const question = this.#questions.get(item.id)!;
    const chosen = attempt.answers[item.id];
    const state = !isAnswered(question, chosen) ? 'unanswered' : answeredRight(question, chosen) ? 'right' : 'wrong';
    const options = answerLines(question, item.order, chosen).map((line) => el('li', {}, line));
    const summary = el(
      'summary',
      { className: 'cursor-pointer font-medium' },
      `Question ${index + 1}: ${state}${attempt.flagged.includes(item.id) ? ', flagged' : ''}`,
    );
    return el(
      'details',
      { className: 'rounded-md border border-slate-200 p-3 dark:border-slate-700' },
      summary,
      el('p', { className: 'mt-2 font-semibold' }, question.question),
      el('ul', { className: 'mt-2 space-y-1' }, ...options),
      el('p', { className: 'mt-2' }, question.explanation),
      el(
        'p',
        { className: 'mt-2' },
        el('a', { href: withBase(question.proof), className: 'text-accent-700 underline dark:text-accent-300' }, 'Read the section that proves it'),
      ),
    );
  }

  #showHistory() {
    const mocks = this.#store.get().mocks.filter((m) => m.exam === this.#config.code);
    if (mocks.length === 0) {
      this.#history.hidden = true;
      return;
    }
    const rows = [...mocks]
      .reverse()
      .map((m) => [
        formatDay.format(new Date(m.finishedAt)),
        String(m.score),
        m.score >= m.passingScore ? 'Pass' : 'Below the pass mark',
        `${m.right} of ${m.total}`,
        `${clock(m.usedMs)}${m.timed ? '' : ' (untimed)'}`,
      ]);
    const scores = mocks.map((m) => m.score);
    const change = scores.length > 1 ? scores.at(-1)! - scores.at(-2)! : 0;
    const trend =
      scores.length > 1
        ? `Your scores, oldest first: ${scores.join(', ')}; ${change === 0 ? 'the same as' : `${Math.abs(change)} ${change > 0 ? 'up on' : 'down on'}`} the attempt before.`
        : 'Take another mock to see your trend.';
    const met = new Set(mocks.flatMap((m) => m.items.map((i) => i.id)));
    const total = this.querySelector<HTMLElement>('[data-bank-size]')?.dataset['bankSize'];
    this.#history.replaceChildren(
      el('h2', { className: 'text-2xl font-bold' }, 'Your past mocks'),
      el('p', {}, trend),
      table(`Your ${this.#config.code} mock exams, newest first`, ['Date', 'Estimated score', 'Result', 'Right', 'Time used'], rows),
      ...(total ? [el('p', { className: 'text-sm' }, `You have met ${met.size} of the ${total} questions; a new mock asks the others first.`)] : []),
    );
    this.#history.hidden = false;
  }
}

customElements.define('mock-exam', MockExam);
