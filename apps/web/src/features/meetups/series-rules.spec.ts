import { presetOf, ruleFor } from './series-rules';

describe('series recurrence presets', () => {
  it('recognises the presets whatever the order of the parts', () => {
    expect(presetOf('FREQ=WEEKLY;BYDAY=SA')).toBe('weekly');
    expect(presetOf('BYDAY=SA;INTERVAL=2;FREQ=WEEKLY')).toBe('biweekly');
    expect(presetOf('RRULE:FREQ=MONTHLY;BYDAY=1SA')).toBe('monthlyFirst');
    expect(presetOf('FREQ=WEEKLY;BYDAY=SU')).toBe('custom');
  });
  it('sends the preset rule, or the custom text trimmed', () => {
    expect(ruleFor('biweekly', 'ignored')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA');
    expect(ruleFor('custom', '  FREQ=MONTHLY;BYDAY=-1SA ')).toBe('FREQ=MONTHLY;BYDAY=-1SA');
  });
});
