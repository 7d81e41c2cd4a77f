import { NotificationKind } from '../kinds/notification-kind';
import { render, TEMPLATES } from '../kinds/notification-templates';
import { SMS_KINDS, smsWanted, wantsSms } from '../kinds/sms-kinds';
import { septets, SMS_MAX_SEPTETS, smsText, toGsm } from './sms-text';

describe('SMS text', () => {
  it('is the title and the body, in GSM characters', () => {
    expect(smsText('Command role on incident INC-1', 'Ann made you “Incident commander” – now…')).toBe(
      'Command role on incident INC-1\nAnn made you "Incident commander" - now...',
    );
  });

  it('keeps GSM letters, drops accents GSM lacks, and writes ? for anything else', () => {
    expect(toGsm('Café Zürich Ångström ç ő 🚑 €')).toBe('Café Zürich Ångström c o ? €');
  });

  it('counts extension characters twice and cuts a long text to three parts', () => {
    expect(septets('[a]€')).toBe(7);
    const text = smsText('Title', 'word '.repeat(200));
    expect(septets(text)).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
    expect(text.endsWith('word...')).toBe(true);
  });

  it.each(Object.keys(SMS_KINDS) as NotificationKind[])(
    '%s fits in three parts with every field at its longest',
    (kind) => {
      const fields: readonly string[] = TEMPLATES[kind].fields;
      const longest = Object.fromEntries(fields.map((f) => [f, 'x'.repeat(100)]));
      const { title, body } = render(kind, longest);
      expect(septets(toGsm(`${title}\n${body}`))).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
    },
  );

  it('goes only for urgent kinds, and never for an IG kind', () => {
    for (const kind of Object.keys(SMS_KINDS) as NotificationKind[]) {
      expect(TEMPLATES[kind].urgent).toBe(true);
      expect(kind.startsWith('IG_')).toBe(false);
    }
  });

  it('by SMS: `on` kinds unless the person turned them off, `always` kinds whatever they chose, others never', () => {
    expect(wantsSms(NotificationKind.INCIDENT_ROLE_ASSIGNED, undefined)).toBe(true);
    expect(wantsSms(NotificationKind.INCIDENT_ROLE_ASSIGNED, true)).toBe(true);
    expect(wantsSms(NotificationKind.INCIDENT_ROLE_ASSIGNED, false)).toBe(false);
    expect(wantsSms(NotificationKind.RUNBOOK_SUBMITTED, true)).toBe(false);
    expect(smsWanted('always', false)).toBe(true);
    expect(smsWanted('always', undefined)).toBe(true);
    expect(smsWanted('on', false)).toBe(false);
    expect(smsWanted(undefined, true)).toBe(false);
  });
});
