import { describe, expect, it } from 'vitest';
import { EMPTY_NOTIFICATION, lateFirstNotice, notificationInput, validateNotification } from './notification-form';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const thread = { deadlineAt: '2026-11-29T10:00:00Z', notifications: [] };

describe('lateFirstNotice', () => {
  it('is late for a first ICO notification after the deadline, not for a further phase or senior management', () => {
    const ico = { ...EMPTY_NOTIFICATION, recipient: 'ICO' as const };
    expect(lateFirstNotice(ico, thread, NOW)).toBe(true);
    expect(lateFirstNotice({ ...ico, notifiedAt: '2026-11-29T09:00' }, thread, NOW)).toBe(false);
    expect(lateFirstNotice(ico, { ...thread, notifications: [{ recipient: 'ICO' }] }, NOW)).toBe(false);
    expect(lateFirstNotice({ ...ico, recipient: 'SENIOR_MANAGEMENT' }, thread, NOW)).toBe(false);
  });
});

describe('validateNotification', () => {
  it('needs a recipient, the reference for the ICO and the reasons when late', () => {
    expect(validateNotification(EMPTY_NOTIFICATION, false, NOW).map((p) => p.field)).toEqual([
      'notification-recipient',
    ]);
    const ico = { ...EMPTY_NOTIFICATION, recipient: 'ICO' as const };
    expect(validateNotification(ico, true, NOW).map((p) => p.field)).toEqual([
      'notification-externalReference',
      'notification-delayReason',
    ]);
    expect(
      validateNotification({ ...ico, externalReference: 'ICO-1', notifiedAt: '2026-11-30T09:00' }, false, NOW),
    ).toEqual([{ field: 'notification-notifiedAt', message: 'When it was made cannot be in the future' }]);
  });

  it('maps the form to the API input, blanks left out', () => {
    expect(notificationInput({ ...EMPTY_NOTIFICATION, recipient: 'ICO', externalReference: ' ICO-1 ' }, 't1')).toEqual({
      threadId: 't1',
      recipient: 'ICO',
      externalReference: 'ICO-1',
      details: undefined,
      notifiedAt: undefined,
      delayReason: undefined,
    });
  });
});
