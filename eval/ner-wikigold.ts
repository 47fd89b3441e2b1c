/**
 * The fixed wikigold part the NER tagger never trains on: every fifth document (d0004, d0009, …, 29 of 145).
 * `train/ner-train.ts` leaves these out; `dateline eval ner-conll --split wikigold-heldout` scores only them.
 */
export function isHeldOutWikigold(docId: string): boolean {
  const n = /-d(\d+)$/.exec(docId);
  return n !== null && Number(n[1]) % 5 === 4;
}
