/** Normalises text as read: strips a BOM, turns CRLF/CR into LF, composes to NFC. Quotes and dashes stay. */
export function normalizeText(text) {
    let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    t = t.replace(/\r\n?/g, '\n');
    return t.normalize('NFC');
}
/** True when the text has nothing but whitespace (including no-break and zero-width spaces). */
export const isBlank = (text) => /^[\s\u200b-\u200d\u2060\ufeff]*$/.test(text);
