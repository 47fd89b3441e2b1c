/** Sorting value errors into expression families, for error analysis on the training split. */

/** The expression family a (gold text, gold value, system value) error belongs to, first match wins. */
export function valueFamily(text: string, gold: string, sys: string): string {
  const t = text.toLowerCase();
  const refs = /_REF$/;
  if (refs.test(gold) || refs.test(sys)) return 'PRESENT_REF / PAST_REF / FUTURE_REF';
  if (/^P/.test(gold) && /^P/.test(sys))
    return /X/.test(gold + sys) ? 'durations: PXY vs P1Y' : 'durations: amount';
  if (/^P/.test(gold) !== /^P/.test(sys)) return 'duration vs date';
  if (/\b(every|each|daily|weekly|monthly|annually|yearly)\b|s$/.test(t) && /^XXXX|^P/.test(gold))
    return 'sets';
  if (/\b(that|the following|the next|the previous|the same)\b/.test(t))
    return '"that day"/"the year" anaphora';
  if (/\bago\b|\bearlier\b|year-(ago|earlier)/.test(t)) return 'N units ago / a year earlier';
  if (/quarter|period|fiscal|\bhalf\b|-Q\d|-H\d/.test(t + gold + sys))
    return 'quarters, fiscal years, periods';
  if (/T\d|T(MO|AF|EV|NI)/.test(gold + sys)) return 'clock times, parts of day';
  if (/(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.test(t))
    return 'weekdays (direction by tense)';
  if (/-W\d|-WXX/.test(gold + sys) || /\bweek/.test(t)) return 'weeks ("last week" granularity)';
  if (/\b(month|year|decade|century)\b/.test(t)) return '"this month"/"last year" granularity';
  if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(t))
    return 'bare months and month-days (year)';
  if (/^\d{4}$/.test(gold.slice(0, 4)) && gold.slice(0, 4) !== sys.slice(0, 4)) return 'other: year differs';
  return 'other';
}
