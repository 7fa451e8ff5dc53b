import type { MeetupDetailsFragment, MinutesDetailsFragment } from '../../gql/graphql';
import { createSlot } from '../../lib/slots';

/** Where other features show on a meetup's card and page (filled by app/feature-slots.tsx). */
export const RsvpPanelSlot = createSlot<{ meetup: MeetupDetailsFragment }>('RsvpPanel');
export const SelfCheckInSlot = createSlot<{ meetupId: string }>('SelfCheckIn');
export const MinutesViewSlot = createSlot<{ minutes: MinutesDetailsFragment }>('MinutesView');
