import { graphql } from '../gql';

/** The member's standing RSVPs ("I come every Saturday"): read by the home page ahead of the toggle that shows them. */
export const MyStandingRsvpsDocument = graphql(`
  query MyStandingRsvps {
    me { id standingRsvps { guests series { id } } }
  }
`);
