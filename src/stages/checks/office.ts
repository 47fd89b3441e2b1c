import type { Doc } from '../../model/doc.js';
import type { Finding, Span } from '../../model/schema.js';
import type { OfficeHolder } from '../../text/lexicon.js';
import { escapeRegExp } from '../../text/regexp.js';

interface Described {
  holder: OfficeHolder;
  name: Span;
  title: Span;
}

/** Office titles as written in news ("Secretary-General", "Secretary General", "foreign minister"). */
function titlePattern(office: string): RegExp {
  const words = office
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+');
  return new RegExp(`\\b${words}\\b`, 'gi');
}

/** Where the text names an office holder and also gives the office as theirs now (no "former"). */
export function describedHolders(doc: Doc, holders: OfficeHolder[]): Described[] {
  const found: Described[] = [];
  for (const h of holders) {
    const name = findName(doc.text, h);
    if (!name) continue;
    const title = findTitle(doc.text, h);
    if (title) found.push({ holder: h, name, title });
  }
  return found;
}

// Compiled once per holder: every document is checked against every holder's names.
const namePatterns = new WeakMap<OfficeHolder, RegExp[]>();

function findName(text: string, h: OfficeHolder): Span | null {
  let patterns = namePatterns.get(h);
  if (!patterns) {
    patterns = [h.name, ...h.aliases].map((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i'));
    namePatterns.set(h, patterns);
  }
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function findTitle(text: string, h: OfficeHolder): Span | null {
  for (const m of text.matchAll(titlePattern(h.office))) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index);
    if (/\b(former|ex-|then|late|previous|outgoing|one-time|past)\b[^.]*$/i.test(before)) continue;
    if (/\bex-$/i.test(before)) continue;
    if (h.org && !new RegExp(`\\b${escapeRegExp(h.org)}\\b|united nations`, 'i').test(before.slice(-25)))
      continue;
    return { start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

/** Findings for office holders described as current outside their term; suggests the span that fits them all. */
export function staleDateline(
  doc: Doc,
  holders: OfficeHolder[],
  published: string,
  yearsMentioned: number[],
): Finding[] {
  const described = describedHolders(doc, holders);
  const day = published.slice(0, 10);
  const inTerm = (h: OfficeHolder) => h.start <= day && (h.end === null || day <= h.end);
  const out: Finding[] = [];
  const sameOffice = (a: OfficeHolder, b: OfficeHolder) =>
    a.office === b.office && a.org === b.org && a.country === b.country;
  // Only a dateline after every listed term of the person in that office: the list may lack early terms.
  const stale = described.filter(
    (d) =>
      !holders.some(
        (h) => h.name === d.holder.name && sameOffice(h, d.holder) && (h.end === null || h.end >= day),
      ),
  );
  for (const d of stale) {
    if (inTerm(d.holder)) continue;
    // another holder of the same office, named and in office on that day, explains the title
    const rival = described.some((o) => o !== d && sameOffice(o.holder, d.holder) && inTerm(o.holder));
    if (rival) continue;
    // The span that fits every stale holder named, when there is one; else this holder's own term.
    let from = [d.holder.start, ...stale.map((o) => o.holder.start)].sort().at(-1)!;
    let to = [d.holder.end ?? '9999-12-31', ...stale.map((o) => o.holder.end ?? '9999-12-31')].sort()[0];
    if (from > to) {
      from = d.holder.start;
      to = d.holder.end ?? '9999-12-31';
    }
    const lastYear = Math.max(
      0,
      ...yearsMentioned.filter((y) => String(y) <= day.slice(0, 4) && String(y) <= to),
    );
    const fits = { from: lastYear && `${lastYear}` > from.slice(0, 4) ? `${lastYear}-01-01` : from, to };
    const where = d.holder.org ?? d.holder.country ?? '';
    const term = `${d.holder.start.slice(0, 4)}–${d.holder.end ? d.holder.end.slice(0, 4) : 'now'}`;
    out.push({
      kind: 'stale-dateline',
      message:
        `${d.holder.name} is described as ${where} ${d.holder.office} (in office ${term}), ` +
        `but the article is dated ${day}; its content fits ${fits.from.slice(0, 4)}–${fits.to === '9999-12-31' ? 'now' : fits.to.slice(0, 4)}.`,
      evidence: [d.title, d.name],
      suggested: fits.from <= fits.to ? fits : undefined,
    });
  }
  return out;
}
