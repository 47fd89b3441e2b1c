/**
 * Every rule's match holds one of these: a month, weekday or time unit, a year, a clock time, a reference
 * word. Most of a news text holds none, so the rules run only on windows around them. The list errs wide:
 * a miss here loses a timex, an extra hit costs only time.
 */
const TRIGGER = new RegExp(
  [
    String.raw`\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b`,
    String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\.`,
    'second|minute|hour|\\bhrs\\b|\\bgmt\\b|\\butc\\b|day|daily|night|week|fortnight|month|quarter|qtr|period|year|annual|decade|centur',
    'spring|summer|fall|autumn|winter|season',
    String.raw`\bnow|current|recent|present|past|future|\bterm\b|so far|\ba while\b`,
    'morning|noon|evening|midnight|tomorrow|o.clock|dawn|daybreak|sunrise|dusk|nightfall|sunset',
    'christmas|thanksgiving|independence|halloween|easter|pentecost|noughties|aughts|nineteen|thousand|ties\\b',
    '(?:start|beginning|end|outbreak|onset|height|middle) of',
    String.raw`\bfy|\b(?:1[6-9]|20)\d\d\b|\d0s\b|\d/\d|\d:\d\d|\d\s*[ap]\.?m\b|\b[ap]\.m\.`,
  ].join('|'),
  'g', // run on lower-cased text: faster than a case-insensitive scan
);

/** Characters kept on each side of a trigger: more than any rule's match reaches beyond its trigger. */
const MARGIN = 60;

/** [start, end) windows of `text` around trigger words, merged, each starting and ending on whitespace. */
export function candidateWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (a dotted capital I): then offsets would drift, so take it all.
  if (lower.length !== text.length) return text ? [[0, text.length]] : [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(lower); m; m = TRIGGER.exec(lower)) {
    let s = Math.max(0, m.index - MARGIN);
    let e = Math.min(text.length, m.index + m[0].length + MARGIN);
    const last = out[out.length - 1];
    if (last && s <= last[1]) {
      last[1] = Math.max(last[1], widenEnd(text, e));
      continue;
    }
    while (s > 0 && !/\s/.test(text[s - 1])) s--;
    e = widenEnd(text, e);
    out.push([s, e]);
  }
  return out;
}

function widenEnd(text: string, e: number): number {
  let end = e;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end;
}
