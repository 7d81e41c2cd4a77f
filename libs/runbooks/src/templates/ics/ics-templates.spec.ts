import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { dependencyProblem } from '../../steps/step-dependencies';
import { StepClockAnchor } from '../../steps/step-clock-anchor';
import { STEP_ROLES } from '../../steps/step-roles';
import { ICS_TEMPLATES } from './index';
import { latestTemplateVersion, templateSteps } from './template-steps';

describe('ICS template content', () => {
  it('covers ransomware, data breach, supplier compromise, DDoS, account compromise and IT outage', () => {
    expect(ICS_TEMPLATES.flatMap((t) => t.categories).sort()).toEqual([
      'ACCOUNT_COMPROMISE',
      'DATA_BREACH',
      'DDOS',
      'IT_OUTAGE',
      'RANSOMWARE',
      'SUPPLIER_COMPROMISE',
    ]);
  });

  it.each(ICS_TEMPLATES.flatMap((t) => [1, latestTemplateVersion(t)].map((v) => [t.key, v, t] as const)))(
    '%s version %i has 10–20 valid steps whose dependencies are on earlier steps',
    (_key, version, template) => {
      const steps = templateSteps(template, version);
      expect(steps.length).toBeGreaterThanOrEqual(10);
      expect(steps.length).toBeLessThanOrEqual(20);
      expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
      for (const s of steps) {
        expect(s.title.length).toBeGreaterThanOrEqual(3);
        expect(s.title.length).toBeLessThanOrEqual(200);
        expect(s.instructions.length).toBeLessThanOrEqual(5000);
      }
      const ordered = steps.map((s, i) => ({ id: s.key, position: i + 1, title: s.title, dependsOn: s.after ?? [] }));
      expect(dependencyProblem(ordered)).toBeNull();
    },
  );

  it('spans every function across the templates', () => {
    expect(
      new Set(ICS_TEMPLATES.flatMap((t) => templateSteps(t, 2).flatMap((s) => (s.function ? [s.function] : [])))).size,
    ).toBe(7);
  });
  const everyStep = ICS_TEMPLATES.flatMap((t) =>
    templateSteps(t, latestTemplateVersion(t)).map((s) => ({ template: t.key, ...s })),
  );

  it('names for every step either a designation or a role that carries out steps within a function, never both', () => {
    const wrong = everyStep.filter((s) =>
      s.designation ? Boolean(s.function || s.role) : !(s.function && s.role && STEP_ROLES.includes(s.role)),
    );
    expect(wrong.map((s) => `${s.template}.${s.key}`)).toEqual([]);
  });

  it('pairs no command role with a team that has no commanders: incident commanders only in executive on-call', () => {
    const unsatisfiable = everyStep.filter(
      (s) => s.role === Role.INCIDENT_COMMANDER && s.function !== TeamFunction.EXECUTIVE_ON_CALL,
    );
    expect(unsatisfiable.map((s) => `${s.template}.${s.key}`)).toEqual([]);
  });

  it('gives the SIRO and Caldicott Guardian duties to their designations, and command decisions to the on-call commanders', () => {
    const mentions = (who: string) => everyStep.filter((s) => s.title.includes(who) || s.key === who.toLowerCase());
    expect(everyStep.filter((s) => s.key === 'siro').map((s) => s.designation)).toEqual([
      Designation.SIRO,
      Designation.SIRO,
    ]);
    expect(everyStep.filter((s) => s.key === 'caldicott').map((s) => s.designation)).toEqual([
      Designation.CALDICOTT_GUARDIAN,
      Designation.CALDICOTT_GUARDIAN,
    ]);
    expect(mentions('Caldicott').filter((s) => s.designation !== Designation.CALDICOTT_GUARDIAN)).toEqual([]);
    expect(everyStep.filter((s) => s.key === 'declare').map((s) => s.designation)).toEqual(
      everyStep.filter((s) => s.key === 'declare').map(() => Designation.STRATEGIC_ON_CALL),
    );
  });

  it("names NHS England's CSOC, never CareCERT", () => {
    expect(JSON.stringify(ICS_TEMPLATES)).not.toMatch(/CareCERT/);
    expect(
      everyStep
        .filter((s) => s.key === 'csoc')
        .every((s) => s.title.includes('Cyber Security Operations Centre (CSOC)')),
    ).toBe(true);
  });

  it('has the NIS Regulations 2018 notification, within 72 hours of awareness, in the ransomware and supplier compromise templates', () => {
    const nis = everyStep.filter((s) => /NIS Regulations 2018/.test(s.title));
    expect(nis.map((s) => [s.template, s.minutes])).toEqual([
      ['ransomware', 4320],
      ['supplier-compromise', 4320],
    ]);
    expect(nis.every((s) => /72 hours after becoming aware/.test(s.instructions))).toBe(true);
  });

  it('counts the 72-hour ICO and NIS steps from awareness of the breach, every other step from the declaration', () => {
    const fromAwareness = everyStep
      .filter((s) => s.anchor === StepClockAnchor.BREACH_AWARENESS)
      .map((s) => `${s.template}:${s.key}`)
      .sort();
    expect(fromAwareness).toEqual([
      'account-compromise:ico',
      'data-breach:ico',
      'ransomware:ico',
      'ransomware:nis',
      'supplier-compromise:ico',
      'supplier-compromise:nis',
    ]);
    expect(
      everyStep.filter((s) => /72 hours/.test(s.title)).every((s) => s.anchor === StepClockAnchor.BREACH_AWARENESS),
    ).toBe(true);
  });
});
