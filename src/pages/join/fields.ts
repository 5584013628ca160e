import type { JoinMessageKey } from './locales/en';
import { h, uid } from './dom';
import type { FieldErrors } from './fieldErrors';
import type { Translator } from './i18n';

export interface FieldOptions {
  name: string;
  label: JoinMessageKey;
  hint?: JoinMessageKey;
  required?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  pattern?: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A label, an optional hint, the control and the place of its error message. */
function row(tr: Translator, errors: FieldErrors, options: FieldOptions, control: Control): HTMLElement {
  control.id ||= uid(options.name);
  const label = tr.text(h('label', { for: control.id }), options.label);
  const parts: Node[] = [label];
  if (options.hint) {
    const hint = tr.text(h('p', { class: 'hint', id: uid(`${options.name}-hint`) }), options.hint);
    control.setAttribute('aria-describedby', hint.id);
    parts.push(hint);
  }
  parts.push(control, errors.slot(options.name, control));
  return h('div', { class: 'field' }, ...parts);
}

export function textField(tr: Translator, errors: FieldErrors, options: FieldOptions) {
  const control = h('input', {
    name: options.name,
    type: options.type ?? 'text',
    required: options.required,
    maxlength: options.maxLength,
    autocomplete: options.autocomplete ?? 'off',
    pattern: options.pattern,
    inputmode: options.type === 'tel' ? 'tel' : undefined,
    dir: options.type === 'email' || options.type === 'tel' ? 'ltr' : undefined,
  });
  return { row: row(tr, errors, options, control), control };
}

export function textArea(tr: Translator, errors: FieldErrors, options: FieldOptions) {
  const control = h('textarea', { name: options.name, rows: 5, maxlength: options.maxLength });
  return { row: row(tr, errors, options, control), control };
}

/** A select whose first option (value "") names what to do, or says "none". */
export function selectField(tr: Translator, errors: FieldErrors, options: FieldOptions) {
  const control = h('select', { name: options.name, required: options.required });
  return { row: row(tr, errors, options, control), control };
}

/** Replaces a select's options, keeping the choice when it is still offered. */
export function setOptions(select: HTMLSelectElement, options: Array<{ value: string; label: string }>): void {
  const kept = select.value;
  select.replaceChildren(...options.map(({ value, label }) => h('option', { value }, label)));
  select.value = options.some(({ value }) => value === kept) ? kept : '';
}

/** Radios or checkboxes under one legend, the error under the legend. */
export function choiceGroup(
  tr: Translator,
  errors: FieldErrors,
  options: { name: string; legend: JoinMessageKey; hint?: JoinMessageKey; type: 'radio' | 'checkbox'; required?: boolean; choices: Array<{ value: string; label: JoinMessageKey }> },
) {
  const inputs = options.choices.map(({ value }) =>
    h('input', { type: options.type, name: options.name, value, id: uid(`${options.name}-${value}`), required: options.required }),
  );
  const legend = tr.text(h('legend'), options.legend);
  const hint = options.hint ? tr.text(h('p', { class: 'hint', id: uid(`${options.name}-hint`) }), options.hint) : null;
  if (hint) for (const input of inputs) input.setAttribute('aria-describedby', hint.id);
  const choices = options.choices.map(({ label }, i) =>
    h('div', { class: 'choice' }, inputs[i]!, tr.text(h('label', { for: inputs[i]!.id }), label)),
  );
  const group = h('fieldset', { class: 'group' }, legend, ...(hint ? [hint] : []), errors.slot(options.name, ...inputs), ...choices);
  return { group, inputs };
}

/** One checkbox with its label (consent, "my city is not in the list"). */
export function checkbox(tr: Translator, errors: FieldErrors | null, options: { name: string; label: JoinMessageKey; required?: boolean }) {
  const input = h('input', { type: 'checkbox', name: options.name, id: uid(options.name), required: options.required });
  const label = tr.text(h('label', { for: input.id }), options.label);
  const parts: Node[] = [h('div', { class: 'choice' }, input, label)];
  if (errors) parts.push(errors.slot(options.name, input));
  return { row: h('div', { class: 'field' }, ...parts), input };
}
