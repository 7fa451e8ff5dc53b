import { Foundation1764160000000 } from './1764160000000-foundation';
import { Meetups1764170000000 } from './1764170000000-meetups';
import { Rsvps1764180000000 } from './1764180000000-rsvps';
import { OutboxDelivery1764190000000 } from './1764190000000-outbox-delivery';
import { Issues1764200000000 } from './1764200000000-issues';
import { MinutesAssignments1764210000000 } from './1764210000000-minutes-assignments';
import { CalendarFeeds1764220000000 } from './1764220000000-calendar-feeds';
import { Deliveries1764230000000 } from './1764230000000-deliveries';
import { SeriesDigestTime1764240000000 } from './1764240000000-series-digest-time';
import { AuditLog1764250000000 } from './1764250000000-audit-log';
import { IssueFoldedTitle1764260000000 } from './1764260000000-issue-folded-title';
import { MeetupSeatCounts1764270000000 } from './1764270000000-meetup-seat-counts';
import { MemberErasure1764280000000 } from './1764280000000-member-erasure';
import { RemindersQuestions1764300000000 } from './1764300000000-reminders-questions';
import { Ecosystem1764400000000 } from './1764400000000-ecosystem';
import { Consultations1764500000000 } from './1764500000000-consultations';
import { WaitlistOrder1764600000000 } from './1764600000000-waitlist-order';
import { Affiliations1764700000000 } from './1764700000000-affiliations';

/** Every migration, oldest first. `npm run migration:generate` prints the line to add here. */
export const MIGRATIONS = [
  Foundation1764160000000,
  Meetups1764170000000,
  Rsvps1764180000000,
  OutboxDelivery1764190000000,
  Issues1764200000000,
  MinutesAssignments1764210000000,
  CalendarFeeds1764220000000,
  Deliveries1764230000000,
  SeriesDigestTime1764240000000,
  AuditLog1764250000000,
  IssueFoldedTitle1764260000000,
  MeetupSeatCounts1764270000000,
  MemberErasure1764280000000,
  RemindersQuestions1764300000000,
  Ecosystem1764400000000,
  Consultations1764500000000,
  WaitlistOrder1764600000000,
  Affiliations1764700000000,
];
