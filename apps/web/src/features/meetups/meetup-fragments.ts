import { graphql } from '../../gql';

/** What a page shows of one date: when, where, seats, agenda and the member's own answer. */
export const MeetupDetailsFragment = graphql(`
  fragment MeetupDetails on Meetup {
    id
    title
    description
    startsAt
    endsAt
    timezone
    status
    cancellationReason
    moved
    venue
    venueAddress
    onlineUrl
    capacity
    goingCount
    waitlistCount
    spotsLeft
    icsUrl
    googleCalendarUrl
    series { id title icsUrl guestLimit registrationQuestions }
    myRsvp { id status guests waitlistPosition fromStanding answers }
    agenda {
      id
      position
      title
      presenter
      durationMinutes
      issue { id title kind status supportCount }
    }
  }
`);
