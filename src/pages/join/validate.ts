import type { JoinMessageKey } from './locales/en';
import type { CityField } from './cityField';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The message the server would give, read from the browser's own checks of the constraint
 * attributes (required, maxlength, type=email, pattern) that mirror joinRequestSchema. The
 * server stays the judge; this only spares a round trip on a slow link.
 */
export function problemOf(control: Control): JoinMessageKey | null {
  if (control.disabled || !control.name) return null;
  const validity = control.validity;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    return validity.valueMissing ? (control.name === 'consent' ? 'join.validation.consent' : 'app.validation.required') : null;
  }
  if (validity.valueMissing) {
    if (control.type === 'radio') return 'app.validation.choice';
    return control.name === 'admin1' ? 'app.validation.usState' : 'app.validation.required';
  }
  // The server trims text: spaces alone are no answer.
  if (control.required && control.type !== 'radio' && control.value.trim() === '') return 'app.validation.required';
  if (validity.typeMismatch) return 'app.validation.email';
  if (validity.patternMismatch) return 'app.validation.phone';
  if (validity.tooLong) return 'app.validation.tooLong';
  return null;
}

/** The city must be picked from the list unless the visitor typed it instead. */
export function cityProblem(city: CityField): JoinMessageKey | null {
  if (city.notListed.checked || city.combobox.place || city.side === null) return null;
  return city.combobox.input.value.trim() ? 'join.validation.pickCity' : 'app.validation.required';
}

/** Each field's problem, by field name (one per radio group), in the order of the form. */
export function problemsOf(form: HTMLFormElement, city: CityField): Map<string, JoinMessageKey> {
  const problems = new Map<string, JoinMessageKey>();
  for (const element of form.elements) {
    if (element === city.combobox.input) {
      const problem = cityProblem(city);
      if (problem) problems.set('geonameId', problem);
      continue;
    }
    const control = element as Control;
    const problem = 'validity' in control ? problemOf(control) : null;
    if (problem && !problems.has(control.name)) problems.set(control.name, problem);
  }
  return problems;
}
