/** Minimal DOM shape this file reads (linkedom nodes satisfy it). */
export interface DomNode {
    nodeType: number;
    nodeName: string;
    textContent: string | null;
    childNodes: ArrayLike<DomNode>;
}
/** The text of a DOM subtree as paragraphs joined by "\n\n" (line breaks from <br> kept as "\n"). */
export declare function blockText(root: DomNode): string;
/** Deepest element nesting under `root` (root's children are depth 1). */
export declare function elementDepth(root: DomNode): number;
/** The parts of a DOM node `flattenBelow` needs to rewrite a subtree. */
export interface MutableNode extends DomNode {
    ownerDocument: {
        createElement(name: string): MutableNode;
    } | null;
    replaceChildren(...nodes: MutableNode[]): void;
    textContent: string | null;
}
/**
 * Caps element nesting at `limit`: every element at that depth whose content nests further is replaced by
 * its text as flat `<p>` paragraphs (text and paragraph breaks kept). Readability is superlinear in depth.
 */
export declare function flattenBelow(root: MutableNode, limit: number): void;
