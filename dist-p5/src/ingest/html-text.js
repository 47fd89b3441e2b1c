const BLOCKS = new Set('ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(' '));
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
export function blockText(root) {
    const out = [];
    walk(root, out);
    return out
        .join('')
        .split(PARA)
        .map((para) => para
        .split(LINE)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'))
        .filter(Boolean)
        .join('\n\n');
}
// Iterative (an explicit stack), so deeply nested markup cannot overflow the call stack.
function walk(root, out) {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (node === PARA) {
            out.push(PARA);
            continue;
        }
        if (node.nodeType === 3) {
            out.push(node.textContent ?? '');
            continue;
        }
        if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11)
            continue;
        const name = node.nodeName.toUpperCase();
        if (SKIP.has(name))
            continue;
        if (name === 'BR') {
            out.push(LINE);
            continue;
        }
        const block = BLOCKS.has(name);
        if (block) {
            out.push(PARA);
            stack.push(PARA);
        }
        for (let i = node.childNodes.length - 1; i >= 0; i--)
            stack.push(node.childNodes[i]);
    }
}
/** Deepest element nesting under `root` (root's children are depth 1). */
export function elementDepth(root) {
    let max = 0;
    const stack = [[root, 0]];
    while (stack.length) {
        const [node, depth] = stack.pop();
        if (depth > max)
            max = depth;
        for (let i = 0; i < node.childNodes.length; i++) {
            const child = node.childNodes[i];
            if (child.nodeType === 1)
                stack.push([child, depth + 1]);
        }
    }
    return max;
}
/**
 * Caps element nesting at `limit`: every element at that depth whose content nests further is replaced by
 * its text as flat `<p>` paragraphs (text and paragraph breaks kept). Readability is superlinear in depth.
 */
export function flattenBelow(root, limit) {
    const stack = [[root, 0]];
    while (stack.length) {
        const [node, depth] = stack.pop();
        const kids = Array.from(node.childNodes).filter((c) => c.nodeType === 1);
        if (depth < limit) {
            for (const kid of kids)
                stack.push([kid, depth + 1]);
            continue;
        }
        if (!kids.length || !node.ownerDocument)
            continue;
        const doc = node.ownerDocument;
        const paras = blockText(node)
            .split('\n\n')
            .map((text) => {
            const p = doc.createElement('p');
            p.textContent = text;
            return p;
        });
        node.replaceChildren(...paras);
    }
}
