import { Link } from 'react-router';
import type { MeetupDetailsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMeetupDate, formatTimeRange } from '../../lib/format';
import { RsvpPanelSlot } from './slots';
import { AgendaList } from './AgendaList';
import { seatsLine } from './meetup-seats';

/** One Saturday: date and time in Huế, place, seats, the member's answer, the agenda. */
export function MeetupCard({ meetup, headingLevel, linkTitle }: { meetup: MeetupDetailsFragment; headingLevel: 2 | 3; linkTitle?: boolean }) {
  const { t, plural, locale } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cancelled = meetup.status === 'CANCELLED';
  const seats = seatsLine(meetup);
  const ended = new Date(meetup.endsAt).getTime() < Date.now();
  return (
    <article className={`meetup-card${cancelled ? ' meetup-card--cancelled' : ''}`} aria-labelledby={`meetup-${meetup.id}`}>
      <Heading id={`meetup-${meetup.id}`}>{linkTitle ? <Link to={`/meetups/${meetup.id}`}>{meetup.title}</Link> : meetup.title}</Heading>
      <dl className="facts">
        <div>
          <dt>{t('meetup.date')}</dt>
          <dd>
            <time dateTime={meetup.startsAt}>{formatMeetupDate(meetup.startsAt, locale, meetup.timezone)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('meetup.time')}</dt>
          <dd>{t('meetup.timeInHue', { range: formatTimeRange(meetup.startsAt, meetup.endsAt, locale, meetup.timezone) })}</dd>
        </div>
        {meetup.venue ? (
          <div>
            <dt>{t('meetup.venue')}</dt>
            <dd>
              {meetup.venue}
              {meetup.venueAddress ? (
                <>
                  <br />
                  {meetup.venueAddress}
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {meetup.onlineUrl ? (
          <div>
            <dt>{t('meetup.online')}</dt>
            <dd>
              <a href={meetup.onlineUrl} rel="noopener noreferrer">
                {t('meetup.joinOnline')}
              </a>
            </dd>
          </div>
        ) : null}
        {!cancelled && !ended ? (
          <div>
            <dt>{t('meetup.seats')}</dt>
            <dd>
              {seats.kind === 'unlimited'
                ? plural('meetup.goingUnlimited', seats.going)
                : seats.kind === 'full'
                  ? plural('meetup.full', seats.waitlist)
                  : plural('meetup.spotsLeft', seats.left, { capacity: seats.capacity })}
            </dd>
          </div>
        ) : null}
      </dl>
      {meetup.moved && !cancelled ? <p className="notice">{t('meetup.moved')}</p> : null}
      {cancelled ? (
        <p className="notice notice--cancelled">
          <strong>{t('meetup.cancelled')}</strong>
          {meetup.cancellationReason ? ` ${t('meetup.cancelledReason', { reason: meetup.cancellationReason })}` : null}
        </p>
      ) : (
        <RsvpPanelSlot.Render meetup={meetup} />
      )}
      {meetup.description ? <p className="meetup-card__description">{meetup.description}</p> : null}
      <AgendaList items={meetup.agenda} headingLevel={headingLevel === 2 ? 3 : 4} />
    </article>
  );
}
