const c = (field, kind = 'text', column = snake(field)) => ({
    field,
    column,
    kind,
});
function snake(field) {
    if (field === 'index')
        return 'idx';
    if (field === 'start')
        return 'span_start';
    if (field === 'end')
        return 'span_end';
    return field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}
const docId = c('docId');
const index = c('index', 'int');
const span = [c('start', 'int'), c('end', 'int')];
const published = c('published');
/** The columns of each table, in row-field order. Migrations must create exactly these. */
export const COLUMNS = {
    doc: [
        c('id'),
        c('title'),
        c('url'),
        c('source'),
        published,
        c('publishedFrom'),
        c('length', 'int'),
        ...['sentences', 'quotes', 'entities', 'events', 'timexes', 'claims', 'findings'].map((f) => c(f, 'int', `n_${f}`)),
    ],
    quotes: [
        docId,
        index,
        c('kind'),
        c('text'),
        c('speaker'),
        c('speakerEntity'),
        c('speakerStart', 'int'),
        c('speakerEnd', 'int'),
        c('cue'),
        c('cueStart', 'int'),
        c('cueEnd', 'int'),
        ...span,
        published,
    ],
    entities: [
        docId,
        index,
        c('id', 'text', 'entity_id'),
        c('name'),
        c('type'),
        c('code'),
        c('country'),
        c('aliases'),
        c('mentions', 'int', 'n_mentions'),
        c('text'),
        ...span,
        published,
    ],
    events: [
        docId,
        index,
        c('sentence', 'int'),
        c('trigger', 'text', 'trigger_text'),
        ...span,
        c('source', 'text', 'source_name'),
        c('sourceEntity'),
        c('sourceCode'),
        c('target', 'text', 'target_name'),
        c('targetEntity'),
        c('targetCode'),
        c('plover'),
        c('cameo'),
        c('cameoRoot'),
        c('quad', 'int'),
        c('goldstein', 'real'),
        c('negated', 'bool'),
        c('modality'),
        c('date', 'text', 'event_date'),
        published,
    ],
    timexes: [docId, index, c('type'), c('value'), c('mod'), c('text'), ...span, published],
    claims: [
        docId,
        index,
        c('value', 'real'),
        c('unit'),
        c('counts'),
        c('approx'),
        c('outcome'),
        c('text'),
        ...span,
        published,
    ],
    findings: [
        docId,
        index,
        c('kind'),
        c('message'),
        c('text'),
        ...span,
        c('suggestedFrom'),
        c('suggestedTo'),
        published,
    ],
};
/** The table each row kind lives in. */
export const TABLE_NAME = {
    doc: 'docs',
    quotes: 'quotes',
    entities: 'entities',
    events: 'events',
    timexes: 'timexes',
    claims: 'claims',
    findings: 'findings',
};
/** `alias.col AS "field", …` for a SELECT that yields row objects. */
export function selectList(table, alias) {
    return COLUMNS[table].map((col) => `${alias}.${col.column} AS "${col.field}"`).join(', ');
}
/** Turns a database row (already keyed by field) into the row type: numbers and booleans normalised. */
export function fromDb(table, raw) {
    for (const col of COLUMNS[table]) {
        const v = raw[col.field];
        if (v === null || v === undefined)
            raw[col.field] = null;
        else if (col.kind === 'bool')
            raw[col.field] = v === true || v === 1;
        else if (col.kind === 'int' || col.kind === 'real')
            raw[col.field] = Number(v);
    }
    return raw;
}
/** The values of a row in column order, booleans as 0/1 when the backend wants them so. */
export function toDb(table, row, boolAsInt) {
    const r = row;
    return COLUMNS[table].map((col) => {
        const v = r[col.field];
        if (col.kind === 'bool' && boolAsInt)
            return v ? 1 : 0;
        return v ?? null;
    });
}
