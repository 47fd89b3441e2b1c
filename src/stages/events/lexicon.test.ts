import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readCameoTable } from '../../../train/build-cameo-codes.js';
import { sharedData } from '../../paths.js';
import { loadLexicon, officeHolders } from '../../text/lexicon.js';
import { cameoCodes, formsOf, triggers } from './lexicon.js';

const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];

test('every trigger has a known PLOVER type and a CAMEO code with a Goldstein score', () => {
  const codes = cameoCodes();
  for (const t of triggers()) {
    assert.ok(PLOVER_TYPES.includes(t.type), `${t.w}: type ${t.type}`);
    const row = codes[t.code];
    assert.ok(row, `${t.w}: no CAMEO code ${t.code}`);
    assert.notEqual(row.goldstein, null, `${t.w}: ${t.code} has no Goldstein score`);
    // a type that departs from the CAMEO→PLOVER mapping must say why
    if (row.plover !== t.type) assert.ok(t.why, `${t.w} ${t.code}: ${row.plover} vs ${t.type} without "why"`);
  }
});

test('no generic fallback codes in the lexicon (010 make statement, 020 appeal only with "why")', () => {
  for (const t of triggers()) assert.notEqual(t.code, '010', t.w);
});

test('verb forms: regular, e-final, y-final, doubled and irregular', () => {
  assert.ok(formsOf('criticize').includes('criticized'));
  assert.ok(formsOf('deny').includes('denied'));
  assert.ok(formsOf('ban').includes('banned'));
  assert.ok(formsOf('withdraw').includes('withdrew'));
  assert.ok(formsOf('push').includes('pushes'));
  assert.ok(!formsOf('attack').includes('attackked'));
});

const TSV = sharedData('events', 'schema', 'cameo_event_codes.tsv');
test('lexicons/cameo-codes.json matches the shared CAMEO table', {
  skip: TSV ? false : 'needs ../shared/data/events/schema',
}, () => {
  const shared = readCameoTable(readFileSync(TSV!, 'utf8'));
  assert.deepEqual(cameoCodes(), shared);
  assert.deepEqual(cameoCodes()['072'], {
    name: 'Provide military aid',
    root: '07',
    quad: 2,
    goldstein: 8.3,
    plover: 'AID',
    mode: null,
    context: 'military',
  });
});

test('the events actor table, the organisation table and the office-holder KB give an organisation one code', () => {
  const orgs = loadLexicon<{ orgs: { name: string; aliases: string[]; code: string }[] }>(
    'organisations.json',
  ).orgs;
  const byName = new Map<string, string>();
  for (const o of orgs) for (const n of [o.name, ...o.aliases]) byName.set(n.toLowerCase(), o.code);
  const events = loadLexicon<{ orgs: Record<string, string> }>('events/actors.json').orgs;
  let shared = 0;
  for (const [name, code] of Object.entries(events)) {
    const other = byName.get(name.toLowerCase());
    if (other === undefined) continue;
    shared++;
    assert.equal(code, other, `${name}: events/actors.json ${code}, organisations.json ${other}`);
  }
  assert.ok(shared >= 30, `only ${shared} names in both tables`);
  for (const h of officeHolders()) {
    const org = h.org ? byName.get(h.org.toLowerCase()) : undefined;
    if (org?.startsWith('IGO')) assert.ok(h.code.startsWith(org), `${h.name}: ${h.code}, ${h.org} is ${org}`);
  }
  // the Phoenix known-group codes (CAMEO's HMS, HEZ, TAL, ITP), as PETRARCH's validation dictionary writes Hamas
  assert.equal(byName.get('hamas'), 'PSEREBHMS');
  assert.equal(events.Hamas, 'PSEREBHMS');
});
