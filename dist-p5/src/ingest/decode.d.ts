import type { IngestOptions } from './options.js';
/** Decodes file or stdin bytes as UTF-8 after size and binary checks; throws DatelineError naming `source`. */
export declare function decodeBytes(buf: Uint8Array, source: string, opts?: IngestOptions): string;
/** A decoder for a non-UTF-8 charset declared in the first 1 KiB of an HTML or XML page, or null. */
export declare function declaredCharset(buf: Uint8Array): ((b: Uint8Array) => string) | null;
/**
 * Offset of the first byte that marks the input as binary, or -1: any NUL, or control characters
 * (other than tab, LF, VT, FF, CR, ESC) making up more than 1% of the first 64 KiB.
 */
export declare function binaryOffset(buf: Uint8Array): number;
/** Byte offset of the first invalid UTF-8 sequence (for the error message), or -1. */
export declare function firstInvalidUtf8(buf: Uint8Array): number;
/** Offset of a NUL or of the first of many control characters in already-decoded text, or -1. */
export declare function binaryCharOffset(text: string): number;
