import { type Doc, textOf } from '../model/doc.js';
import type { Span } from '../model/schema.js';

const STYLES = {
  quote: '32', // green
  mention: '36;1', // bold cyan
  timex: '33', // yellow
  claim: '35', // magenta
  finding: '31;4', // red underlined
} as const;
type Layer = keyof typeof STYLES;

/** The article with every layer highlighted (ANSI colours), then a list of what was found. */
export function renderDoc(doc: Doc, color = true): string {
  const marks: [Layer, Span][] = [
    ...doc.quotes.flatMap((q) => q.parts.map((p): [Layer, Span] => ['quote', p])),
    ...doc.mentions.map((m): [Layer, Span] => ['mention', m]),
    ...doc.timexes.map((t): [Layer, Span] => ['timex', t]),
    ...doc.claims.map((c): [Layer, Span] => ['claim', c]),
    ...doc.findings.flatMap((f) => f.evidence.map((e): [Layer, Span] => ['finding', e])),
  ];
  const body = color ? highlight(doc.text, marks) : doc.text;
  const legend = color
    ? Object.entries(STYLES)
        .map(([k, s]) => `\x1b[${s}m${k}\x1b[0m`)
        .join(' ')
    : '';
  return (
    [header(doc), legend, '', body, '', ...summary(doc)].filter((l) => l !== undefined).join('\n') + '\n'
  );
}

function header(doc: Doc): string {
  const p = doc.meta.published;
  const title = typeof doc.meta.title === 'object' ? textOf(doc, doc.meta.title) : (doc.meta.title ?? '');
  return `${doc.id}  ${title}\npublished ${p.value ?? 'unknown'} (from ${p.from})  source ${doc.meta.source ?? '-'}`;
}

function highlight(text: string, marks: [Layer, Span][]): string {
  const layers = Object.keys(STYLES) as Layer[];
  const at: number[] = new Array(text.length + 1).fill(0);
  for (const [layer, s] of marks) {
    const bit = 1 << layers.indexOf(layer);
    for (let i = s.start; i < s.end; i++) at[i] |= bit;
  }
  let out = '';
  let cur = 0;
  for (let i = 0; i < text.length; i++) {
    if (at[i] !== cur) {
      cur = at[i];
      const codes = layers.filter((_, k) => cur & (1 << k)).map((l) => STYLES[l]);
      out += `\x1b[0m${codes.length ? `\x1b[${codes.join(';')}m` : ''}`;
    }
    out += text[i];
  }
  return out + '\x1b[0m';
}

function summary(doc: Doc): string[] {
  const q = (s: Span) => JSON.stringify(textOf(doc, s));
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title} (${items.length})`, ...items.map((x) => `  ${x}`), '');
  };
  section(
    'quotes',
    doc.quotes.map((x) => {
      const who = x.speaker
        ? x.speaker.entity !== undefined
          ? doc.entities[x.speaker.entity]?.name || textOf(doc, x.speaker)
          : textOf(doc, x.speaker)
        : '—';
      return `[${x.kind}] ${who}${x.cue ? ` (${textOf(doc, x.cue)})` : ''}: ${x.parts.map(q).join(' … ')}`;
    }),
  );
  section(
    'entities',
    doc.entities.map(
      (e) =>
        `${e.type.padEnd(6)} ${e.name || `(${textOf(doc, doc.mentions[e.mentions[0]])})`}${e.code ? ` [${e.code}]` : ''} ×${e.mentions.length}`,
    ),
  );
  section(
    'timexes',
    doc.timexes.map((t) => `${t.type.padEnd(8)} ${t.value.padEnd(12)} ${q(t)}`),
  );
  section(
    'claims',
    doc.claims.map((c) => `${c.value}${c.unit ? ` ${c.unit}` : ''} ${c.counts ?? ''} ← ${q(c)}`),
  );
  section(
    'events',
    doc.events.map(
      (e) => `${e.cameo.code} ${e.plover.type}${e.negated ? ' (negated)' : ''} ← ${q(e.trigger)}`,
    ),
  );
  section(
    'findings',
    doc.findings.map((f) => `${f.kind}: ${f.message}`),
  );
  return lines;
}
