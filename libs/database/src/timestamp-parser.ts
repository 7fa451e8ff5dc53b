/**
 * A faster reader of PostgreSQL's `timestamptz` text ('2026-11-26 16:17:30.123456+00'), the
 * most frequent value in our rows: node-postgres's own parser runs two regular expressions per
 * value, which showed up in the home page query's profile. Anything but the plain ISO form
 * (BC dates, 'infinity', years past 9999) goes to `fallback`, node-postgres's parser.
 */
export function createTimestamptzParser(fallback: (value: string) => unknown): (value: string) => unknown {
  return (value: string) => {
    const n = value.length;
    // 'YYYY-MM-DD HH:MM:SS' then an optional fraction, then '+HH', optionally ':MM' and ':SS'.
    if (
      n < 22 ||
      value.charCodeAt(4) !== 45 ||
      value.charCodeAt(7) !== 45 ||
      value.charCodeAt(10) !== 32 ||
      value.charCodeAt(13) !== 58 ||
      value.charCodeAt(16) !== 58
    ) {
      return fallback(value);
    }
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 2);
    const day = digits(value, 8, 2);
    const hour = digits(value, 11, 2);
    const minute = digits(value, 14, 2);
    const second = digits(value, 17, 2);
    let i = 19;
    let millis = 0;
    if (value.charCodeAt(i) === 46) {
      // Fraction: up to 6 digits; milliseconds are its first three (truncated, as node-postgres does).
      let scale = 100;
      i++;
      while (i < n) {
        const d = value.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        millis += d * scale;
        scale /= 10;
        i++;
      }
      millis = Math.floor(millis);
    }
    const sign = value.charCodeAt(i);
    if ((sign !== 43 && sign !== 45) || (n - i !== 3 && n - i !== 6 && n - i !== 9)) return fallback(value);
    let offsetSeconds = digits(value, i + 1, 2) * 3600;
    if (n - i >= 6) offsetSeconds += (value.charCodeAt(i + 3) === 58 ? digits(value, i + 4, 2) : NaN) * 60;
    if (n - i === 9) offsetSeconds += value.charCodeAt(i + 6) === 58 ? digits(value, i + 7, 2) : NaN;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - (sign === 45 ? -offsetSeconds : offsetSeconds) * 1000;
    if (Number.isNaN(utc) || year < 1000) return fallback(value);
    // (Years below 1000 take the careful path: Date.UTC reads 0–99 as 1900–1999.)
    return new Date(utc);
  };
}

function digits(value: string, start: number, length: number): number {
  let result = 0;
  for (let i = start; i < start + length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    result = result * 10 + d;
  }
  return result;
}
