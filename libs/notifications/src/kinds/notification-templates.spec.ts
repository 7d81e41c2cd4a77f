import { NotificationKind } from './notification-kind';
import { KindTemplate, MAX_LINK_LENGTH, MAX_VALUE_LENGTH, render, TEMPLATES } from './notification-templates';

const KINDS = Object.values(NotificationKind);
const templateOf = (kind: NotificationKind): KindTemplate => TEMPLATES[kind];

/**
 * Words that name what an IG decision holds (DOMAIN.md: rationale, legal basis, data
 * involved, grading, outcome, the ICO reference). No template may have such a field: a
 * notification says that something happened and where, never what was decided.
 */
const IG_DECISION_CONTENT =
  /rationale|legal|basis|outcome|decision|grading|severity|likelihood|subjects|records|category|categories|special|reference|dsp|ico|reportable|data/i;

describe('notification templates', () => {
  it('has a template for every kind', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s names only its own fields', (kind) => {
    const { title, body, fields } = templateOf(kind);
    const named = [...`${title} ${body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(named.filter((name) => !fields.includes(name))).toEqual([]);
  });

  it('has no field that could carry IG decision content', () => {
    const fields = KINDS.flatMap((kind) => templateOf(kind).fields.map((f) => `${kind}.${f}`));
    expect(fields.filter((f) => IG_DECISION_CONTENT.test(f.split('.')[1]))).toEqual([]);
  });

  it.each(KINDS)('%s never shows or keeps a value it does not whitelist', (kind) => {
    const secret = 'SECRET-RATIONALE-CONTENT';
    const values = Object.fromEntries(templateOf(kind).fields.map((f) => [f, `value of ${f}`]));
    const rendered = render(kind, { ...values, rationale: secret, legalBasis: secret, notes: secret });
    expect(JSON.stringify(rendered)).not.toContain(secret);
    expect(Object.keys(rendered.params).sort()).toEqual([...templateOf(kind).fields].sort());
    for (const field of templateOf(kind).fields) expect(rendered.params[field]).toBe(`value of ${field}`);
  });

  it.each(KINDS)('%s is short enough to read on a phone, even with the longest values', (kind) => {
    const longest = Object.fromEntries(templateOf(kind).fields.map((f) => [f, 'W'.repeat(500)]));
    const { title, body, params } = render(kind, longest);
    const links: readonly string[] = templateOf(kind).whole ?? [];
    for (const [field, value] of Object.entries(params)) {
      expect(value.length).toBe(links.includes(field) ? MAX_LINK_LENGTH : MAX_VALUE_LENGTH);
    }
    expect(title.length).toBeLessThanOrEqual(100);
    // A link is followed, not read: it may take its whole length.
    expect(body.length).toBeLessThanOrEqual(360 + links.length * (MAX_LINK_LENGTH - MAX_VALUE_LENGTH));
  });

  it('puts a value on one line and marks what it cut', () => {
    const { title } = render(NotificationKind.RUNBOOK_APPROVED, {
      runbookTitle: `Ransomware\n\nresponse ${'x'.repeat(100)}`,
    });
    expect(title).toMatch(/^Runbook approved: Ransomware response x+…$/);
  });

  it('cuts whole characters: an emoji is never split into a lone surrogate (PostgreSQL JSON refuses one; found by fuzzing)', () => {
    const { title, params } = render(NotificationKind.RUNBOOK_APPROVED, { runbookTitle: '😀'.repeat(100) });
    expect(params.runbookTitle).toBe(`${'😀'.repeat(59)}…`);
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(JSON.parse(JSON.stringify(params)) as unknown).toEqual(params);
  });

  it('keeps the inbox-only rule for failure notices: a failing channel never reports on itself', () => {
    expect(templateOf(NotificationKind.DELIVERY_FAILED)).toMatchObject({
      email: 'never',
      webhook: false,
      urgent: false,
    });
  });
});
