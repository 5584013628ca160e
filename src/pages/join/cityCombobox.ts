import type { Side } from '../../domain/regions';
import { searchPlaces, type Place } from './api';
import { h, uid } from './dom';
import type { FieldErrors } from './fieldErrors';
import type { Translator } from './i18n';

export const MIN_QUERY = 2;

export interface ComboboxOptions {
  /** How long typing must pause before a search is sent. */
  delayMs: number;
  search?: typeof searchPlaces;
}

const displayNames = new Map<string, Intl.DisplayNames>();
export function countryName(locale: string, code: string): string {
  if (!displayNames.has(locale)) displayNames.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
  return displayNames.get(locale)!.of(code) ?? code;
}

/**
 * The city, picked from the gazetteer as one types: the ARIA 1.2 combobox with a listbox
 * popup (arrows move, Enter picks, Escape closes), results counted in a live region.
 */
export class CityCombobox {
  readonly input: HTMLInputElement;
  readonly row: HTMLElement;
  place: Place | null = null;
  side: Side | null = null;
  #list: HTMLUListElement;
  #status: HTMLElement;
  #results: Place[] = [];
  #active = -1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | undefined;
  #statusKey: { key: 'join.city.results' | 'join.city.none' | 'join.city.failed'; count: number } | null = null;

  constructor(
    private readonly tr: Translator,
    errors: FieldErrors,
    private readonly options: ComboboxOptions,
  ) {
    const listId = uid('city-list');
    const label = tr.text(h('label', { id: uid('city-label') }), 'join.city');
    const hint = tr.text(h('p', { class: 'hint', id: uid('city-hint') }), 'join.city.hint');
    this.input = h('input', {
      id: uid('city'), type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': listId, 'aria-describedby': hint.id, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'words',
    });
    label.htmlFor = this.input.id;
    this.#list = h('ul', { id: listId, role: 'listbox', 'aria-labelledby': label.id, class: 'listbox', hidden: true });
    this.#status = h('p', { role: 'status', class: 'hint' });
    this.row = h('div', { class: 'field combobox' }, label, hint, this.input, errors.slot('geonameId', this.input), this.#list, this.#status);
    this.input.addEventListener('input', () => this.#typed());
    this.input.addEventListener('keydown', (event) => this.#key(event));
    this.input.addEventListener('blur', () => this.#close());
    // A press on an option must not take the focus from the input before the click picks it.
    this.#list.addEventListener('mousedown', (event) => event.preventDefault());
    tr.paint(() => this.#repaint());
  }

  setSide(side: Side): void {
    this.side = side;
    this.place = null;
    this.input.value = '';
    this.#results = [];
    this.#statusKey = null;
    this.#close();
    this.#repaint();
  }

  #typed(): void {
    this.place = null;
    clearTimeout(this.#timer);
    this.#request?.abort();
    const query = this.input.value.trim();
    if (query.length < MIN_QUERY || !this.side) {
      this.#results = [];
      this.#statusKey = null;
      this.#close();
      this.#repaint();
      return;
    }
    this.#timer = setTimeout(() => void this.#search(this.side!, query), this.options.delayMs);
  }

  async #search(side: Side, query: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    try {
      this.#results = await (this.options.search ?? searchPlaces)(side, query, request.signal);
      this.#statusKey = { key: this.#results.length ? 'join.city.results' : 'join.city.none', count: this.#results.length };
    } catch {
      if (request.signal.aborted) return;
      this.#results = [];
      this.#statusKey = { key: 'join.city.failed', count: 0 };
    }
    this.#active = -1;
    this.#setOpen(this.#results.length > 0);
    this.#repaint();
  }

  #key(event: KeyboardEvent): void {
    const open = !this.#list.hidden;
    const count = this.#results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      if (!open) this.#setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#moveTo(this.#active < 0 && step < 0 ? count - 1 : (this.#active + step + count) % count);
    } else if (event.key === 'Enter' && open && this.#active >= 0) {
      event.preventDefault();
      this.#pick(this.#results[this.#active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.#close();
    }
  }

  #moveTo(index: number): void {
    this.#active = index;
    const options = [...this.#list.children] as HTMLElement[];
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = options[index];
    if (active) {
      this.input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView?.({ block: 'nearest' });
    }
  }

  #pick(place: Place): void {
    this.place = place;
    this.input.value = this.#labelOf(place);
    this.#statusKey = null;
    this.#close();
    this.#repaint();
    this.input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #setOpen(open: boolean): void {
    this.#list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) {
      this.#active = -1;
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  #close(): void {
    this.#setOpen(false);
  }

  #labelOf(place: Place): string {
    const where = place.country === 'US' ? place.admin1 : countryName(this.tr.locale, place.country);
    return where ? `${place.name}, ${where}` : place.name;
  }

  /** The options, the status and the picked city's name, in the current language. */
  #repaint(): void {
    const { t, locale } = this.tr;
    const numbers = new Intl.NumberFormat(locale, { notation: 'compact' });
    this.#list.replaceChildren(
      ...this.#results.map((place, i) =>
        h('li', { role: 'option', id: `${this.#list.id}-${i}`, 'aria-selected': String(i === this.#active) },
          h('span', {}, this.#labelOf(place)),
          place.population ? h('span', { class: 'detail' }, t('join.city.population', { count: numbers.format(place.population) })) : '',
        ),
      ),
    );
    [...this.#list.children].forEach((option, i) => option.addEventListener('click', () => this.#pick(this.#results[i]!)));
    this.#status.textContent = this.#statusKey ? t(this.#statusKey.key, { count: this.#statusKey.count }) : '';
    if (this.place) this.input.value = this.#labelOf(this.place);
  }
}
