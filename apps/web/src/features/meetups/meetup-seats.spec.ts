import { seatsLine } from './meetup-seats';

describe('seats of one date', () => {
  it('reads unlimited when there is no capacity', () => {
    expect(seatsLine({ capacity: null, spotsLeft: null, goingCount: 12, waitlistCount: 0 })).toEqual({ kind: 'unlimited', going: 12 });
  });
  it('reads the spots left out of the capacity', () => {
    expect(seatsLine({ capacity: 40, spotsLeft: 1, goingCount: 39, waitlistCount: 0 })).toEqual({ kind: 'left', left: 1, capacity: 40 });
  });
  it('reads full with the waitlist when no seat is left', () => {
    expect(seatsLine({ capacity: 40, spotsLeft: 0, goingCount: 40, waitlistCount: 3 })).toEqual({ kind: 'full', waitlist: 3, capacity: 40 });
  });
});
