import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase with no digits, capitals or symbols (no composition rules)', () => {
    expect(passwordProblem('walrus kettle orbit lantern')).toBeNull();
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters and accepts exactly ${MIN_PASSWORD_LENGTH}`, () => {
    expect(passwordProblem('vgk3-walrus')).toMatch(/at least 12/);
    expect(passwordProblem('vgk3-walrus7')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('ŵ'.repeat(4) + '🐧'.repeat(4) + 'abcd')).toBeNull();
    expect(passwordProblem('🐧🐧🐧🐧🐧🐧abcde')).toMatch(/at least/);
  });

  it(`refuses more than ${MAX_PASSWORD_LENGTH} characters`, () => {
    const long = 'walrus kettle orbit lantern '.repeat(5);
    expect(passwordProblem(long.slice(0, MAX_PASSWORD_LENGTH))).toBeNull();
    expect(passwordProblem(long.slice(0, MAX_PASSWORD_LENGTH + 1))).toMatch(/at most 128/);
  });

  it.each([
    'password1234',
    'Password1234',
    'qwertyuiop123',
    '123456789012',
    'iloveyou1234',
    'correct horse battery staple',
  ])('refuses the common password %s', (password) => expect(passwordProblem(password)).toMatch(/too common/));

  it.each(['Password2026!', '2026password!!', 'P@ssw0rd12345', 'Welcome123456!', 'Summer2026!!!', 'L3tm3in!!1234'])(
    'refuses a common word padded with digits or disguised with substitutions: %s',
    (password) => expect(passwordProblem(password)).toMatch(/too common/),
  );

  it('refuses a repeated pattern', () => {
    expect(passwordProblem('abababababab')).toMatch(/repetitive/);
  });

  it('refuses a password containing the email local part, the name or the name of the service', () => {
    const context = { email: 'jo.bloggs@trust.nhs.uk', displayName: 'Josephine Bloggs' };
    expect(passwordProblem('my bloggs kettle orbit', context)).toMatch(/email address, your name/);
    expect(passwordProblem('josephine kettle orbit', context)).toMatch(/email address, your name/);
    expect(passwordProblem('kettle orbit muster 99', context)).toMatch(/name of this service/);
    expect(passwordProblem('Jo.Bloggs kettle orbit', context)).toMatch(/email address/);
  });

  it('ignores very short parts of a name (they would refuse ordinary words)', () => {
    expect(passwordProblem('planning kettle orbit', { displayName: 'Ann Lee' })).toBeNull();
  });
});
