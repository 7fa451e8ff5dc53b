import type { remindersVi } from './reminders.vi';

/** Reminders, questions at RSVP and their answers, in English: every key of remindersVi. */
export const remindersEn: Record<keyof typeof remindersVi, string> = {
  'me.notification.meetupReminders': 'a meetup I am going to is coming up (reminders)',
  'rsvp.questions': 'Questions from the organizers',
  'rsvp.questionsHint': 'Optional; only the organizers see your answers.',
  'series.reminders': 'E-mail reminders',
  'series.remindersHint':
    'Minutes before the start, separated by commas (at most 4). E.g. 780, 60: 19:00 the evening before and one hour before an 08:00 start. Empty: no reminders.',
  'series.remindersInvalid': 'Enter numbers of minutes separated by commas.',
  'series.questions': 'Questions at RSVP',
  'series.questionsHint': 'One question per line, at most 5.',
  'door.answers': 'Answers at RSVP',
};
