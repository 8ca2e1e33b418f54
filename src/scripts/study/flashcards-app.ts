/**
 * <flashcard-app>: flashcards on /flashcards/. The reader picks a deck (or arrives with ?deck=), and only
 * then are its cards fetched: an exam's deck alone is about 80 KiB gzipped. The cards due today come one at a
 * time; Space (or “Show answer”) turns a card, and 1, 2 or 3 (or the buttons) grade it, which sets when it
 * is due again (utils/study/schedule.ts).
 */
import type { Card } from '../../utils/study/flashcards';
import { dueCount, grade, isDue, type Grade } from '../../utils/study/schedule';
import { openStore } from './store';
import { withBase } from '../../utils/base';

const GRADES: { grade: Grade; key: string; label: string }[] = [
  { grade: 'again', key: '1', label: 'Again' },
  { grade: 'good', key: '2', label: 'Good' },
  { grade: 'easy', key: '3', label: 'Easy' },
];

class FlashcardApp extends HTMLElement {
  #store = openStore();
  #deck = this.querySelector<HTMLSelectElement>('[data-deck]')!;
  #due = this.querySelector<HTMLElement>('[data-due]')!;
  #card = this.querySelector<HTMLElement>('[data-card]')!;
  #front = this.querySelector<HTMLElement>('[data-front]')!;
  #back = this.querySelector<HTMLElement>('[data-back]')!;
  #answer = this.querySelector<HTMLElement>('[data-answer]')!;
  #source = this.querySelector<HTMLAnchorElement>('[data-source]')!;
  #flip = this.querySelector<HTMLButtonElement>('[data-flip]')!;
  #grades = this.querySelector<HTMLElement>('[data-grades]')!;
  #cards: Card[] = [];
  #current: Card | undefined;

  connectedCallback() {
    this.querySelector('[data-needs-js]')?.remove();
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    const preset = new URLSearchParams(window.location.search).get('deck');
    if (preset && [...this.#deck.options].some((o) => o.value === preset)) this.#deck.value = preset;
    this.#deck.addEventListener('change', () => void this.#load());
    this.#flip.addEventListener('click', () => {
      this.#turn();
    });
    for (const { grade: result, key, label } of GRADES) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'study-button', textContent: `${label} (${key})` });
      button.addEventListener('click', () => {
        this.#grade(result);
      });
      this.#grades.append(button);
    }
    this.addEventListener('keydown', (event) => {
      this.#key(event);
    });
    void this.#load();
    const problem = this.#store.problem();
    if (problem) this.#due.textContent = problem;
  }

  #key(event: KeyboardEvent) {
    if (event.target instanceof HTMLSelectElement || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' && !this.#flip.hidden) {
      event.preventDefault();
      this.#turn();
    } else if (!this.#grades.hidden) {
      const choice = GRADES.find((g) => g.key === event.key);
      if (choice) {
        event.preventDefault();
        this.#grade(choice.grade);
      }
    }
  }

  async #load() {
    const deck = this.#deck.value;
    this.#cards = [];
    this.#current = undefined;
    this.#card.hidden = true;
    if (!deck) {
      this.#due.textContent = 'Choose a deck to begin.';
      return;
    }
    this.#due.textContent = 'Loading cards…';
    let cards: Card[];
    try {
      const response = await fetch(withBase(`/flashcards/decks/${deck}.json`));
      if (!response.ok) throw new Error(String(response.status));
      cards = ((await response.json()) as { items: Card[] }).items;
    } catch {
      if (deck === this.#deck.value) this.#due.textContent = 'The cards could not be loaded. Check your connection and try again.';
      return;
    }
    // A reader who switched decks while this one was on its way wants the other one.
    if (deck !== this.#deck.value) return;
    this.#cards = cards;
    this.#next();
  }

  #next() {
    const states = this.#store.get().cards;
    const now = new Date();
    const due = dueCount(
      this.#cards.map((c) => c.id),
      states,
      now,
    );
    this.#due.textContent = `${due} card${due === 1 ? '' : 's'} due today in this deck of ${this.#cards.length}.`;
    this.#current = this.#cards.find((card) => isDue(states[card.id], now));
    this.#card.hidden = !this.#current;
    if (!this.#current) return;
    this.#front.textContent = this.#current.front;
    this.#answer.textContent = this.#current.back;
    this.#source.href = withBase(this.#current.link);
    this.#back.hidden = true;
    this.#grades.hidden = true;
    this.#flip.hidden = false;
  }

  #turn() {
    this.#back.hidden = false;
    this.#flip.hidden = true;
    this.#grades.hidden = false;
    this.#grades.querySelector<HTMLButtonElement>('button:nth-child(2)')?.focus();
  }

  #grade(result: Grade) {
    const card = this.#current;
    if (!card) return;
    const problem = this.#store.update((progress) => ({
      ...progress,
      cards: { ...progress.cards, [card.id]: grade(progress.cards[card.id], result, new Date()) },
    }));
    this.#next();
    if (problem) this.#due.textContent += ` ${problem}`;
    if (!this.#flip.hidden) this.#flip.focus();
  }
}

customElements.define('flashcard-app', FlashcardApp);
