import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/** A small seeded PRNG (mulberry32) so every failing case can be replayed from its seed. */
export function rng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n) => Math.floor(next() * n);
    const pick = (xs) => xs[int(xs.length)];
    return { next, int, pick };
}
const SAMPLES_DIR = new URL('../samples/', import.meta.url);
const SAMPLES = readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SAMPLES_DIR.pathname, f), 'utf8'));
// Odd Unicode: combining marks, ZWJ emoji, RTL, surrogate halves, BOM, NUL, line/paragraph separators.
const ODD = [
    '\u0301',
    '\u200d',
    '👩‍👩‍👧',
    '🇬🇧',
    'مرحبا',
    'שלום',
    '\ud800',
    '\udfff',
    '\ufeff',
    '\u0000',
    '\u2028',
    '\u2029',
    '\u00a0',
    'ﬁ',
    'Ⅻ',
    '“',
    '”',
    '‘',
    '’',
    '—',
    '…',
    '\t',
    '\r\n',
    '\r',
    'İ',
    'ß',
    '\u202e',
];
const WORDS = [
    'said',
    'Monday',
    'the',
    'President',
    'Obama',
    '"',
    'told',
    'reporters',
    'in',
    'London',
    'on',
    'January',
    '5',
    '2020',
    '3.5',
    'percent',
    'million',
    'yesterday',
    'next',
    'week',
    '.',
    ',',
    'Mr.',
    'Dr.',
    'U.S.',
    'According',
    'to',
    'police',
    'killed',
    'at',
    'least',
    '12',
    'people',
    'BERLIN',
    '(Reuters)',
    '-',
    '—',
];
const words = (r, n) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
const odd = (r, n) => Array.from({ length: n }, () => r.pick(ODD)).join('');
/** Changes a real text a few times: deletes, repeats, swaps in odd characters, cuts in the middle of a pair. */
function mutate(r, text) {
    let s = text;
    for (let k = r.int(8); k >= 0; k--) {
        const at = r.int(s.length + 1);
        const len = r.int(40);
        switch (r.int(5)) {
            case 0:
                s = s.slice(0, at) + s.slice(at + len);
                break;
            case 1:
                s = s.slice(0, at) + s.slice(at, at + len).repeat(1 + r.int(5)) + s.slice(at);
                break;
            case 2:
                s = s.slice(0, at) + odd(r, 1 + r.int(4)) + s.slice(at);
                break;
            case 3:
                s = s.slice(0, at) + s.slice(at).toUpperCase();
                break;
            default:
                s = s.slice(0, at) + '"' + words(r, r.int(12)) + s.slice(at);
        }
    }
    return s;
}
function html(r) {
    const depth = r.pick([1, 3, 10, 60]); // deeper nesting is slow in HTML ingest (6.6 s at 400 levels)
    const body = r.next() < 0.5 ? mutate(r, r.pick(SAMPLES)) : words(r, 20 + r.int(200));
    const paras = body
        .split(/\n+/)
        .map((p) => `<p>${r.next() < 0.2 ? `<b>${p}</b>` : p}</p>`)
        .join(r.next() < 0.3 ? '<script>var x = "<p>no</p>";</script>' : '\n');
    const open = '<div>'.repeat(depth);
    const close = r.next() < 0.3 ? '' : '</div>'.repeat(depth);
    const title = r.next() < 0.5 ? `<title>${words(r, 5)}</title>` : '';
    return r.next() < 0.2
        ? paras.slice(0, r.int(paras.length))
        : `<!doctype html><html><head>${title}<meta name="date" content="2020-0${1 + r.int(9)}-1${r.int(9)}"></head><body><article>${open}${paras}${close}</article></body></html>`;
}
function jsonl(r) {
    const lines = [];
    for (let i = 0, n = 1 + r.int(4); i < n; i++) {
        const rec = {};
        const t = r.int(10);
        if (t < 6)
            rec.text = r.next() < 0.5 ? mutate(r, r.pick(SAMPLES)) : words(r, 5 + r.int(80));
        else if (t < 8)
            rec.html = html(r);
        else
            rec.body = 42;
        if (r.next() < 0.5)
            rec.published = r.pick(['2020-01-01', '2019-13-45', 'yesterday', 2020, '2021-06-30T10:00:00Z']);
        if (r.next() < 0.3)
            rec.id = r.pick(['a', '', 'x'.repeat(300), 7]);
        if (r.next() < 0.2)
            rec.title = odd(r, 5);
        let line = JSON.stringify(rec);
        if (r.next() < 0.1)
            line = line.slice(0, r.int(line.length));
        lines.push(line);
    }
    return lines.join(r.next() < 0.2 ? '\r\n' : '\n') + '\n';
}
const encode = (s) => new TextEncoder().encode(s);
/** Bytes that are not valid UTF-8 (lone continuation bytes, overlongs, truncated sequences) or binary. */
function badBytes(r) {
    const base = encode(r.next() < 0.5 ? r.pick(SAMPLES) : words(r, 50));
    const out = new Uint8Array(base.length + 8);
    out.set(base);
    const junk = [0x80, 0xbf, 0xc0, 0xaf, 0xe2, 0x82, 0xff, 0xfe, 0x00, 0xf0, 0x9f];
    for (let k = 0; k < 8; k++)
        out[base.length + k] = r.pick(junk);
    for (let k = r.int(6); k > 0; k--)
        out[r.int(out.length)] = r.pick(junk);
    return out;
}
/** The case for a seed: the same seed always gives the same bytes. */
export function makeCase(seed) {
    const r = rng(seed);
    const kind = r.pick([
        'text',
        'mutated',
        'mutated',
        'odd',
        'html',
        'jsonl',
        'jsonl',
        'bytes',
        'huge-line',
        'empty',
    ]);
    const bytes = (() => {
        switch (kind) {
            case 'text':
                return encode(words(r, 1 + r.int(300)));
            case 'mutated':
                return encode(mutate(r, r.pick(SAMPLES)));
            case 'odd':
                return encode(Array.from({ length: 1 + r.int(60) }, () => (r.next() < 0.5 ? r.pick(WORDS) : odd(r, 3))).join(' '));
            case 'html':
                return encode(html(r));
            case 'jsonl':
                return encode(jsonl(r));
            case 'bytes':
                return badBytes(r);
            case 'huge-line':
                // One line of up to ~30 k characters with no sentence end, or a long run of one character.
                return encode(r.next() < 0.5
                    ? words(r, 1000 + r.int(4000))
                    : r.pick(['a', '.', '"', ' ', '\u0301']).repeat(20000));
            default:
                return encode(r.pick(['', ' ', '\n\n', '\ufeff', '{}', '<html></html>']));
        }
    })();
    return { seed, kind, bytes };
}
