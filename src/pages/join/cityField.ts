import type { Side } from '../../domain/regions';
import { CityCombobox, countryName, type ComboboxOptions } from './cityCombobox';
import { h } from './dom';
import type { FieldErrors } from './fieldErrors';
import { checkbox, selectField, setOptions, textField } from './fields';
import type { Translator } from './i18n';
import { loadRegions } from './regions';


/**
 * The visitor's city: one of the gazetteer (the combobox) or, when it is not there, typed as
 * a name with its country (Africa) or state (United States).
 */
export class CityField {
  readonly group: HTMLElement;
  readonly combobox: CityCombobox;
  readonly notListed: HTMLInputElement;
  readonly cityName: HTMLInputElement;
  readonly country: HTMLSelectElement;
  readonly state: HTMLSelectElement;
  #manual: HTMLElement;
  #countryRow: HTMLElement;
  #stateRow: HTMLElement;

  constructor(
    private readonly tr: Translator,
    errors: FieldErrors,
    options: ComboboxOptions,
  ) {
    this.combobox = new CityCombobox(tr, errors, options);
    const notListed = checkbox(tr, null, { name: 'notListed', label: 'join.city.notListed' });
    this.notListed = notListed.input;
    const name = textField(tr, errors, { name: 'cityName', label: 'join.city.name', required: true, maxLength: 120 });
    const country = selectField(tr, errors, { name: 'country', label: 'join.city.country', required: true });
    const state = selectField(tr, errors, { name: 'admin1', label: 'join.city.state', required: true });
    [this.cityName, this.country, this.state] = [name.control, country.control, state.control];
    [this.#countryRow, this.#stateRow] = [country.row, state.row];
    this.#manual = h('div', { class: 'manual' }, name.row, country.row, state.row);
    this.group = h('div', { hidden: true }, this.combobox.row, notListed.row, this.#manual);
    this.notListed.addEventListener('change', () => this.#layout());
    tr.paint(() => void this.#fillLists());
    this.#layout();
  }

  get side(): Side | null {
    return this.combobox.side;
  }

  setSide(side: Side): void {
    this.combobox.setSide(side);
    this.group.hidden = false;
    this.#layout();
    void this.#fillLists();
  }

  /** The city as the API takes it: a gazetteer id, or a typed name and its place. */
  values(): Record<string, unknown> {
    if (!this.notListed.checked) return { geonameId: this.combobox.place?.geonameId ?? null };
    if (this.side === 'us') return { cityName: this.cityName.value, country: 'US', admin1: this.state.value };
    return { cityName: this.cityName.value, country: this.country.value, admin1: null };
  }

  /** Where an error the server names should show: the typed fields only when they are in use. */
  fieldOf(name: string): string {
    if (!this.notListed.checked && ['cityName', 'country', 'admin1'].includes(name)) return 'geonameId';
    if (this.side === 'us' && name === 'country') return 'admin1';
    return name;
  }

  /** Only the fields in use take part (and are checked); the others are hidden and disabled. */
  #layout(): void {
    const manual = this.notListed.checked;
    const side = this.side;
    this.combobox.row.hidden = manual;
    this.combobox.input.disabled = manual;
    this.#manual.hidden = !manual;
    this.cityName.disabled = !manual;
    const typedCountry = manual && side === 'africa';
    const typedState = manual && side === 'us';
    this.#countryRow.hidden = !typedCountry;
    this.country.disabled = !typedCountry;
    this.#stateRow.hidden = !typedState;
    this.state.disabled = !typedState;
    if (manual) void this.#fillLists();
  }

  /** The AU member states by their names in the reader's language, and the US states. */
  async #fillLists(): Promise<void> {
    if (!this.notListed.checked || !this.side) return;
    // Offline, the list keeps its first choice only, and the next change of side or box tries again.
    const regions = await loadRegions().catch(() => null);
    if (!regions) return;
    const { AU_COUNTRY_CODES, US_STATE_CODES, usStateName } = regions;
    const { t, locale } = this.tr;
    const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
    if (this.side === 'africa') {
      const countries = AU_COUNTRY_CODES.map((code) => ({ value: code, label: countryName(locale, code) })).sort(byName);
      setOptions(this.country, [{ value: '', label: t('join.city.chooseCountry') }, ...countries]);
    } else {
      const states = US_STATE_CODES.map((code) => ({ value: code, label: usStateName(code) ?? code })).sort(byName);
      setOptions(this.state, [{ value: '', label: t('join.city.chooseState') }, ...states]);
    }
  }
}
