import { DatelineError } from '../model/errors.js';
import { maxBytesOf } from './options.js';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Decodes file or stdin bytes as UTF-8 after size and binary checks; throws DatelineError naming `source`. */
export function decodeBytes(buf, source, opts = {}) {
    const max = maxBytesOf(opts);
    if (buf.length > max) {
        throw new DatelineError('DL_INGEST_TOO_LARGE', source, `${buf.length} bytes is over the ${max}-byte limit`);
    }
    const utf16 = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : null;
    if (utf16)
        return decodeUtf16(buf, utf16, source);
    const bad = binaryOffset(buf);
    if (bad >= 0) {
        throw new DatelineError('DL_INGEST_BINARY', source, `byte 0x${hex(buf[bad])} at ${bad}: not text`, bad);
    }
    try {
        return utf8.decode(buf);
    }
    catch (err) {
        // an older HTML page may declare its legacy charset (windows-1252, iso-8859-1, shift_jis …)
        const legacy = declaredCharset(buf);
        if (legacy)
            return legacy(buf);
        const at = firstInvalidUtf8(buf);
        throw new DatelineError('DL_INGEST_BAD_UTF8', source, `invalid UTF-8 at byte ${at} (0x${hex(buf[at])})`, at, { cause: err });
    }
}
function decodeUtf16(buf, label, source) {
    let text;
    try {
        text = new TextDecoder(label, { fatal: true }).decode(buf);
    }
    catch (err) {
        throw new DatelineError('DL_INGEST_BAD_UTF8', source, `invalid ${label.toUpperCase()} text`, undefined, {
            cause: err,
        });
    }
    const bad = binaryCharOffset(text);
    if (bad >= 0)
        throw new DatelineError('DL_INGEST_BINARY', source, `control character at ${bad}: not text`, bad);
    return text;
}
/** A decoder for a non-UTF-8 charset declared in the first 1 KiB of an HTML or XML page, or null. */
export function declaredCharset(buf) {
    const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1');
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
        /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
    if (!m || /^utf-?8$/i.test(m[1]))
        return null;
    let decoder;
    try {
        decoder = new TextDecoder(m[1]);
    }
    catch {
        return null; // a label TextDecoder does not know
    }
    // WHATWG reads latin1 labels as windows-1252, but Node maps 0x80–0x9F to C1 controls: fix those
    if (decoder.encoding !== 'windows-1252')
        return (b) => decoder.decode(b);
    return (b) => decoder.decode(b).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80].replace('_', c));
}
// windows-1252 bytes 0x80–0x9F; '_' marks the code page's holes (left as they are)
const CP1252 = '€_‚ƒ„…†‡ˆ‰Š‹Œ_Ž__‘’“”•–—˜™š›œ_žŸ';
const hex = (b) => (b ?? 0).toString(16).padStart(2, '0');
/**
 * Offset of the first byte that marks the input as binary, or -1: any NUL, or control characters
 * (other than tab, LF, VT, FF, CR, ESC) making up more than 1% of the first 64 KiB.
 */
export function binaryOffset(buf) {
    const nul = buf.indexOf(0);
    if (nul >= 0)
        return nul;
    const n = Math.min(buf.length, 65536);
    let count = 0;
    let first = -1;
    for (let i = 0; i < n; i++) {
        const b = buf[i];
        if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) {
            if (first < 0)
                first = i;
            count++;
        }
    }
    // one stray control character in a long text is noise; a few in a short one are not
    return count > Math.max(2, n / 100) ? first : -1;
}
/** Byte offset of the first invalid UTF-8 sequence (for the error message), or -1. */
export function firstInvalidUtf8(buf) {
    let i = 0;
    while (i < buf.length) {
        const b = buf[i];
        let len;
        let min;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf)
            [len, min] = [2, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [len, min] = [3, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [len, min] = [4, 0x10000];
        else
            return i;
        if (i + len > buf.length)
            return i;
        let cp = b & (0xff >> (len + 1));
        for (let k = 1; k < len; k++) {
            const c = buf[i + k];
            if ((c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += len;
    }
    return -1;
}
/** Offset of a NUL or of the first of many control characters in already-decoded text, or -1. */
export function binaryCharOffset(text) {
    const nul = text.indexOf('\u0000');
    if (nul >= 0)
        return nul;
    const n = Math.min(text.length, 65536);
    let count = 0;
    let first = -1;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) || c === 0xfffd) {
            if (first < 0)
                first = i;
            count++;
        }
    }
    return count > Math.max(2, n / 100) ? first : -1;
}
