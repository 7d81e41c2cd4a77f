import { mobileEnding, normaliseUkMobile } from './mobile-number';

describe('UK mobile numbers', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['0044 7700-900123', '+447700900123'],
    ['447700900123', '+447700900123'],
    ['(07700) 900.123', '+447700900123'],
    ['07624 123456', '+447624123456'],
    ['07912345678', '+447912345678'],
  ])('%s is %s', (input, stored) => expect(normaliseUkMobile(input)).toBe(stored));

  it.each([
    ['a landline', '01782 715444'],
    ['a personal number (070)', '07012 345678'],
    ['a pager (076)', '07612 345678'],
    ['too short', '07700 90012'],
    ['too long', '07700 9001234'],
    ['another country', '+33 6 12 34 56 78'],
    ['letters', '07700 9OO123'],
    ['nothing', ''],
  ])('refuses %s', (_, input) => expect(normaliseUkMobile(input)).toBeNull());

  it('shows only the last three digits of a number', () => {
    expect(mobileEnding('+447700900123')).toBe('…123');
    expect(mobileEnding(null)).toBeNull();
  });
});
