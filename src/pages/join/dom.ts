type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * An element with its attributes and children. Text goes in as text nodes, never as HTML:
 * nothing a visitor or the server sends can become markup. `false` and undefined leave an
 * attribute out; `true` sets it empty.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

let counter = 0;
/** A document-unique id for the label, hint and error wiring. */
export const uid = (stem: string) => `${stem}-${++counter}`;

/** Adds or removes one id in an element's aria-describedby, keeping the others in order. */
export function describedBy(element: Element, id: string, present: boolean): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((one) => one && one !== id);
  if (present) ids.push(id);
  if (ids.length) element.setAttribute('aria-describedby', ids.join(' '));
  else element.removeAttribute('aria-describedby');
}
