/** Normalises text as read: strips a BOM, turns CRLF/CR into LF, composes to NFC. Quotes and dashes stay. */
export declare function normalizeText(text: string): string;
/** True when the text has nothing but whitespace (including no-break and zero-width spaces). */
export declare const isBlank: (text: string) => boolean;
