/**
 * ical.js (a second, independent iCalendar parser) for the tests. Its types are ESM-only, so it
 * is required here with the few members the tests use.
 */
export interface IcalTime {
  toJSDate(): Date;
  isDate: boolean;
  toString(): string;
}
export interface IcalEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  sequence: number;
  startDate: IcalTime;
  endDate: IcalTime;
}
export interface IcalComponent {
  getFirstPropertyValue(name: string): unknown;
  getFirstSubcomponent(name: string): IcalComponent | null;
  getAllSubcomponents(name: string): IcalComponent[];
}
interface IcalModule {
  parse(text: string): unknown;
  Component: new (jcal: unknown) => IcalComponent;
  Event: new (component: IcalComponent) => IcalEvent;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as IcalModule;

/** Parses a VCALENDAR and returns it with its events. */
export function parseCalendar(text: string): { calendar: IcalComponent; events: IcalEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}
