type Kid = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

function fill<E extends Element>(el: E, attrs: Attrs, kids: Kid[]): E {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  // Text always goes in as text nodes: article text is never parsed as HTML.
  for (const k of kids)
    if (k !== null && k !== undefined && k !== false) el.append(typeof k === 'number' ? String(k) : k);
  return el;
}

/** Makes an HTML element. */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: Kid[]) =>
  fill(document.createElement(tag), attrs, kids);

/** Makes an SVG element. */
export const svg = (tag: string, attrs: Attrs = {}, ...kids: Kid[]) =>
  fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, kids);

/** Replaces an element's children. */
export function mount(el: Element, ...kids: Kid[]) {
  el.replaceChildren();
  fill(el, {}, kids);
}

/** CAMEO quad classes: 1 verbal cooperation … 4 material conflict. */
export const QUADS: Record<number, { name: string; colour: string }> = {
  1: { name: 'verbal cooperation', colour: '#2a9d8f' },
  2: { name: 'material cooperation', colour: '#3a6ea5' },
  3: { name: 'verbal conflict', colour: '#d08c00' },
  4: { name: 'material conflict', colour: '#d62839' },
};
