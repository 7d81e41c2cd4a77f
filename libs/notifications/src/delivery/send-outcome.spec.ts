import { httpOutcome, notifyOutcome, smtpOutcome } from './send-outcome';

describe('send outcomes', () => {
  it.each([
    [200, { ok: true }],
    [204, { ok: true }],
    [500, { ok: false, reason: 'HTTP 500', permanent: false }],
    [503, { ok: false, reason: 'HTTP 503', permanent: false }],
    [429, { ok: false, reason: 'HTTP 429', permanent: false }],
    [408, { ok: false, reason: 'HTTP 408', permanent: false }],
    [404, { ok: false, reason: 'HTTP 404', permanent: true }],
    [400, { ok: false, reason: 'HTTP 400', permanent: true }],
    [302, { ok: false, reason: 'HTTP 302', permanent: true }],
  ])('a webhook answering %d is %j', (status, outcome) => {
    expect(httpOutcome(status)).toEqual(outcome);
  });

  it('retries an SMTP 4xx reply or a lost connection, and gives up on a 5xx reply', () => {
    expect(smtpOutcome({ responseCode: 451 })).toEqual({ ok: false, reason: 'SMTP 451', permanent: false });
    expect(smtpOutcome({ responseCode: 550 })).toEqual({ ok: false, reason: 'SMTP 550', permanent: true });
    expect(smtpOutcome({ code: 'ECONNECTION' })).toEqual({ ok: false, reason: 'SMTP ECONNECTION', permanent: false });
    expect(smtpOutcome(new Error('boom'))).toEqual({ ok: false, reason: 'SMTP connection failed', permanent: false });
  });

  it.each([
    [400, 'ValidationError', true],
    [403, 'AuthError', true],
    [429, 'RateLimitError', false],
    [500, 'Exception', false],
    [503, undefined, false],
  ])('a Notify %d %s: permanent %s', (status, error, permanent) => {
    const data = error
      ? { status_code: status, errors: [{ error, message: 'phone_number Not a UK mobile number' }] }
      : '';
    expect(notifyOutcome({ response: { status, data } })).toEqual({
      ok: false,
      reason: `Notify ${status}${error ? ` ${error}` : ''}`,
      permanent,
    });
  });

  it('retries when Notify does not answer', () => {
    expect(notifyOutcome({ code: 'ECONNABORTED' })).toEqual({
      ok: false,
      reason: 'Notify ECONNABORTED',
      permanent: false,
    });
    expect(notifyOutcome(new Error('boom'))).toEqual({ ok: false, reason: 'Notify unreachable', permanent: false });
  });
});
