/**
 * `<input type="datetime-local">` holds a wall-clock time without a zone; meetups are in their
 * series' zone (Huế), whatever zone the organizer's laptop is in.
 */
export function instantToLocalInput(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** "2026-12-05T08:00" in Asia/Ho_Chi_Minh → "2026-12-05T01:00:00.000Z". */
export function localInputToInstant(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  // The zone's offset at that moment (twice, in case the first guess crosses a change of offset).
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

function offsetMs(instant: number, timeZone: string): number {
  const wall = instantToLocalInput(new Date(instant).toISOString(), timeZone);
  return Date.parse(`${wall}:00Z`) - Math.floor(instant / 60_000) * 60_000;
}
