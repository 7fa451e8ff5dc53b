/** How the seats of one date read: unlimited, some left, or full with a waitlist. */
export type SeatsLine =
  { kind: 'unlimited'; going: number } | { kind: 'left'; left: number; capacity: number } | { kind: 'full'; waitlist: number; capacity: number };

export function seatsLine(meetup: { capacity?: number | null; spotsLeft?: number | null; goingCount: number; waitlistCount: number }): SeatsLine {
  if (meetup.capacity === null || meetup.capacity === undefined || meetup.spotsLeft === null || meetup.spotsLeft === undefined) {
    return { kind: 'unlimited', going: meetup.goingCount };
  }
  if (meetup.spotsLeft <= 0) return { kind: 'full', waitlist: meetup.waitlistCount, capacity: meetup.capacity };
  return { kind: 'left', left: meetup.spotsLeft, capacity: meetup.capacity };
}
