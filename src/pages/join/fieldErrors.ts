import { describedBy, h, uid } from './dom';
import type { Translator } from './i18n';

interface Slot {
  /** The controls that carry aria-invalid and point at the message. */
  controls: HTMLElement[];
  message: HTMLElement;
}

/**
 * Each field's message, under the field: shown with aria-invalid and aria-describedby on its
 * controls, in the current language. Keys come from the form's own checks and from the server.
 */
export class FieldErrors {
  #slots = new Map<string, Slot>();

  constructor(private readonly tr: Translator) {}

  /** The element that shows `name`'s message; place it under the field. */
  slot(name: string, ...controls: HTMLElement[]): HTMLElement {
    const message = h('p', { class: 'error', id: uid(`${name}-error`), hidden: true });
    this.tr.paint(() => {
      const key = message.dataset.key;
      message.textContent = key ? this.tr.t(this.tr.has(key) ? key : 'app.validation.invalid') : '';
    });
    this.#slots.set(name, { controls, message });
    return message;
  }

  /** Shows the message of `key` for `name`; false when the page has no such field. */
  show(name: string, key: string): boolean {
    const slot = this.#slots.get(name);
    if (!slot) return false;
    slot.message.dataset.key = key;
    slot.message.textContent = this.tr.t(this.tr.has(key) ? key : 'app.validation.invalid');
    slot.message.hidden = false;
    for (const control of slot.controls) {
      control.setAttribute('aria-invalid', 'true');
      describedBy(control, slot.message.id, true);
    }
    return true;
  }

  clear(name: string): void {
    const slot = this.#slots.get(name);
    if (!slot || slot.message.hidden) return;
    delete slot.message.dataset.key;
    slot.message.textContent = '';
    slot.message.hidden = true;
    for (const control of slot.controls) {
      control.removeAttribute('aria-invalid');
      describedBy(control, slot.message.id, false);
    }
  }

  clearAll(): void {
    for (const name of this.#slots.keys()) this.clear(name);
  }

  /** The field a control belongs to, to clear its message as the visitor corrects it. */
  nameOf(control: EventTarget | null): string | undefined {
    for (const [name, slot] of this.#slots) if (slot.controls.includes(control as HTMLElement)) return name;
    return undefined;
  }
}
