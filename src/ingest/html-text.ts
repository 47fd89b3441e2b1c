/** Minimal DOM shape this file reads (linkedom nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
]);

// private-use marks for block and line breaks while whitespace is collapsed
const PARA = '\uE000';
const LINE = '\uE001';

/** The text of a DOM subtree as paragraphs joined by "\n\n" (line breaks from <br> kept as "\n"). */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  walk(root, out);
  return out
    .join('')
    .split(PARA)
    .map((para) =>
      para
        .split(LINE)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') {
    out.push(LINE);
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.push(PARA);
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], out);
  if (block) out.push(PARA);
}
