import { FOCUS_AREAS } from '../../domain/focusAreas';
import { JOIN_LIMITS } from '../../domain/joinLimits';
import type { Side } from '../../domain/regions';
import { CityField } from './cityField';
import type { ComboboxOptions } from './cityCombobox';
import { describedBy, h, uid } from './dom';
import type { FieldErrors } from './fieldErrors';
import { checkbox, choiceGroup, selectField, setOptions, textArea, textField } from './fields';
import type { Translator } from './i18n';
import type { JoinMessageKey } from './locales/en';
import { loadRegions } from './regions';

// The phone characters joinRequestSchema takes, escaped for the `v` flag browsers compile `pattern` with.
const PHONE_PATTERN = '[+0-9 \\(\\)\\.\\-\\/]*';

export interface JoinForm {
  form: HTMLFormElement;
  city: CityField;
  send: HTMLButtonElement;
  /** The fields as POST /api/join takes them, but for locale and token. */
  values(): { email: string } & Record<string, unknown>;
}

function section(tr: Translator, title: JoinMessageKey, ...children: Node[]) {
  return h('fieldset', { class: 'section' }, tr.text(h('legend'), title), ...children);
}

/** The other side's regions, in the reader's language, for the partner they have in mind. */
function partnerRegions(tr: Translator, select: HTMLSelectElement, side: () => Side | null): () => Promise<void> {
  let names: Awaited<ReturnType<typeof loadRegions>> | null = null;
  const fill = () => {
    const regions = !names ? [] : side() === 'africa' ? names.US_REGIONS : side() === 'us' ? names.AU_REGIONS : [];
    const choices = regions.map((region) => ({ value: region, label: tr.t(`region.${region}`) }));
    setOptions(select, [{ value: '', label: tr.t('join.preferredRegion.none') }, ...choices]);
  };
  tr.paint(fill);
  return async () => {
    // Offline, "no preference" stays the only choice: the field is optional.
    names = await loadRegions().catch(() => names);
    fill();
  };
}

/** Where the city is: the radios' values, each a side of the domain's. */
const SIDE_CHOICES = ['africa', 'us'] as const satisfies readonly Side[];

function messageWithCounter(tr: Translator, errors: FieldErrors) {
  const message = textArea(tr, errors, { name: 'message', label: 'join.message', hint: 'join.message.hint', maxLength: JOIN_LIMITS.message });
  const counter = h('p', { class: 'hint counter', id: uid('message-counter') });
  const paint = () => {
    const numbers = new Intl.NumberFormat(tr.locale);
    counter.textContent = tr.t('join.message.counter', { count: numbers.format(message.control.value.length), max: numbers.format(JOIN_LIMITS.message) });
  };
  tr.paint(paint);
  message.control.addEventListener('input', paint);
  message.control.after(counter);
  describedBy(message.control, counter.id, true);
  return message;
}

/** The field robots fill and people never see: hidden from sight, from the keyboard and from assistive technology. */
function honeypot(tr: Translator) {
  const input = h('input', { type: 'text', name: 'url2', id: uid('url2'), tabindex: -1, autocomplete: 'off' });
  return { row: h('div', { class: 'trap', 'aria-hidden': 'true' }, tr.text(h('label', { for: input.id }), 'join.trap'), input), input };
}

export function buildJoinForm(tr: Translator, errors: FieldErrors, options: ComboboxOptions): JoinForm {
  const side = choiceGroup(tr, errors, {
    name: 'side', legend: 'join.side', type: 'radio', required: true,
    choices: SIDE_CHOICES.map((value) => ({ value, label: `join.side.${value}` as const })),
  });
  const city = new CityField(tr, errors, options);
  const organisation = textField(tr, errors, { name: 'organisation', label: 'join.organisation', hint: 'join.organisation.hint', required: true, maxLength: 160, autocomplete: 'organization' });
  const contactName = textField(tr, errors, { name: 'contactName', label: 'join.contactName', required: true, maxLength: 120, autocomplete: 'name' });
  const role = textField(tr, errors, { name: 'role', label: 'join.role', maxLength: 120, autocomplete: 'organization-title' });
  const email = textField(tr, errors, { name: 'email', label: 'join.email', type: 'email', required: true, maxLength: 254, autocomplete: 'email' });
  const phone = textField(tr, errors, { name: 'phone', label: 'join.phone', hint: 'join.phone.hint', type: 'tel', maxLength: 40, autocomplete: 'tel', pattern: PHONE_PATTERN });
  const focus = choiceGroup(tr, errors, {
    name: 'focusAreas', legend: 'join.focusAreas', hint: 'join.focusAreas.hint', type: 'checkbox',
    choices: FOCUS_AREAS.map((value) => ({ value, label: `focusArea.${value}` as const })),
  });
  const region = selectField(tr, errors, { name: 'preferredRegion', label: 'join.preferredRegion' });
  const refreshRegions = partnerRegions(tr, region.control, () => city.side);
  const partnerCity = textField(tr, errors, { name: 'preferredCity', label: 'join.preferredCity', maxLength: 120 });
  const message = messageWithCounter(tr, errors);
  const consent = checkbox(tr, errors, { name: 'consent', label: 'join.consent', required: true });
  const trap = honeypot(tr);
  const send = tr.text(h('button', { type: 'submit', class: 'send' }), 'join.send');

  const form = h('form', { novalidate: true, 'aria-labelledby': 'join-title' },
    section(tr, 'join.section.city', side.group, city.group),
    section(tr, 'join.section.you', organisation.row, contactName.row, role.row, email.row, phone.row),
    section(tr, 'join.section.interest', focus.group, region.row, partnerCity.row, message.row),
    consent.row, trap.row, send,
  );
  form.addEventListener('change', (event) => {
    const picked = side.inputs.find((input) => input === event.target);
    if (!picked) return;
    city.setSide(picked.value as Side);
    void refreshRegions();
  });

  const values = () => ({
    side: side.inputs.find((input) => input.checked)?.value ?? null,
    organisation: organisation.control.value,
    contactName: contactName.control.value,
    role: role.control.value,
    email: email.control.value.trim(),
    phone: phone.control.value,
    ...city.values(),
    focusAreas: focus.inputs.filter((input) => input.checked).map((input) => input.value),
    preferredRegion: region.control.value,
    preferredCity: partnerCity.control.value,
    message: message.control.value,
    consent: consent.input.checked,
    url2: trap.input.value,
  });
  return { form, city, send, values };
}
