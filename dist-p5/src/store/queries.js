import { selectList } from './columns.js';
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
class Where {
    parts = [];
    params = [];
    add(sql, ...params) {
        this.parts.push(sql);
        this.params.push(...params);
    }
    addSql(s) {
        this.add(s.sql, ...s.params);
    }
    toString() {
        return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
    }
}
const escapeLike = (s) => s.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`);
/** A LIKE pattern for "contains", case-folded. */
const contains = (s) => `%${escapeLike(s)}%`;
const startsWith = (s) => `${escapeLike(s)}%`;
const LIKE = `LIKE ? ESCAPE '\\'`;
function dates(w, col, q) {
    if (q.from)
        w.add(`${col} >= CAST(? AS TEXT)`, q.from);
    if (q.to)
        w.add(`substr(${col}, 1, length(CAST(? AS TEXT))) <= CAST(? AS TEXT)`, q.to, q.to);
}
function page(q) {
    const limit = q.limit === undefined ? DEFAULT_LIMIT : Math.trunc(q.limit);
    const offset = q.offset === undefined ? 0 : Math.trunc(q.offset);
    if (!Number.isFinite(limit) || limit < 0)
        throw new RangeError(`limit must be a number ≥ 0, got ${q.limit}`);
    if (!Number.isFinite(offset) || offset < 0)
        throw new RangeError(`offset must be a number ≥ 0, got ${q.offset}`);
    return [Math.min(limit, MAX_LIMIT), offset];
}
function list(table, name, w, q) {
    return {
        sql: `SELECT ${selectList(table, 't')} FROM ${name} t ${w} ` +
            `ORDER BY t.published DESC NULLS LAST, t.doc_id, t.idx LIMIT ? OFFSET ?`,
        params: [...w.params, ...page(q)],
    };
}
/** Documents, newest first. */
export function docsSql(q, d) {
    const w = new Where();
    dates(w, 't.published', q);
    if (q.search !== undefined)
        w.addSql(d.match('docs', 't', q.search));
    return {
        sql: `SELECT ${selectList('doc', 't')} FROM docs t ${w} ORDER BY t.published DESC NULLS LAST, t.id LIMIT ? OFFSET ?`,
        params: [...w.params, ...page(q)],
    };
}
/** Document ids after a key, in id order (keyset paging: each page is an index range scan). */
export function docIdsSql(q) {
    const w = new Where();
    if (q.after !== undefined)
        w.add('t.id > ?', q.after);
    dates(w, 't.published', q);
    const [limit] = page({ limit: q.limit ?? 1000 });
    return { sql: `SELECT t.id FROM docs t ${w} ORDER BY t.id LIMIT ?`, params: [...w.params, limit] };
}
export function quotesSql(q, d) {
    const w = new Where();
    if (q.docId !== undefined)
        w.add('t.doc_id = ?', q.docId);
    if (q.speaker !== undefined)
        w.add(`lower(t.speaker) ${LIKE}`, contains(q.speaker));
    if (q.search !== undefined)
        w.addSql(d.match('quotes', 't', q.search));
    return list('quotes', 'quotes', w, q);
}
export function entitiesSql(q) {
    const w = new Where();
    if (q.docId !== undefined)
        w.add('t.doc_id = ?', q.docId);
    if (q.type !== undefined)
        w.add('t.type = ?', q.type.toUpperCase());
    if (q.search !== undefined) {
        const p = contains(q.search);
        w.add(`(lower(t.name) ${LIKE} OR lower(t.aliases) ${LIKE} OR lower(t.text) ${LIKE})`, p, p, p);
    }
    return list('entities', 'entities', w, q);
}
export function eventsSql(q) {
    const w = new Where();
    if (q.docId !== undefined)
        w.add('t.doc_id = ?', q.docId);
    if (q.actor !== undefined) {
        const name = contains(q.actor);
        const code = startsWith(q.actor);
        w.add(`(lower(t.source_name) ${LIKE} OR lower(t.target_name) ${LIKE} ` +
            `OR lower(t.source_code) ${LIKE} OR lower(t.target_code) ${LIKE})`, name, name, code, code);
    }
    if (q.code !== undefined)
        w.add(`(lower(t.cameo) ${LIKE} OR lower(t.plover) = ?)`, startsWith(q.code), q.code.toLowerCase());
    dates(w, 't.event_date', q);
    return list('events', 'events', w, q);
}
export function timexesSql(q) {
    const w = new Where();
    if (q.docId !== undefined)
        w.add('t.doc_id = ?', q.docId);
    if (q.type !== undefined)
        w.add('t.type = ?', q.type.toUpperCase());
    if (q.search !== undefined)
        w.add(`lower(t.text) ${LIKE}`, contains(q.search));
    if (q.from || q.to)
        w.add(`substr(t.value, 1, 1) BETWEEN '0' AND '9'`); // P3D, PRESENT_REF have no place in a range
    dates(w, 't.value', q);
    return list('timexes', 'timexes', w, q);
}
export function claimsSql(q) {
    const w = new Where();
    if (q.docId !== undefined)
        w.add('t.doc_id = ?', q.docId);
    if (q.search !== undefined) {
        const p = contains(q.search);
        w.add(`(lower(t.counts) ${LIKE} OR lower(t.text) ${LIKE})`, p, p);
    }
    return list('claims', 'claims', w, q);
}
export function findingsSql(q) {
    const w = new Where();
    if (q.docId !== undefined)
        w.add('t.doc_id = ?', q.docId);
    if (q.kind !== undefined)
        w.add('t.kind = ?', q.kind);
    return list('findings', 'findings', w, q);
}
/** The words of a search string, for backends that take a word list. */
export function searchWords(search) {
    return search.match(/[\p{L}\p{N}]+/gu) ?? [];
}
