import { dependencyProblem } from '../../steps/step-dependencies';
import { ICS_TEMPLATES } from './index';
import { latestTemplateVersion, templateSteps } from './template-steps';

describe('ICS template content', () => {
  it('covers ransomware, data breach, supplier compromise, DDoS, account compromise and IT outage', () => {
    expect(ICS_TEMPLATES.flatMap((t) => t.categories).sort()).toEqual(
      ['ACCOUNT_COMPROMISE', 'DATA_BREACH', 'DDOS', 'IT_OUTAGE', 'RANSOMWARE', 'SUPPLIER_COMPROMISE'],
    );
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
    expect(new Set(ICS_TEMPLATES.flatMap((t) => templateSteps(t, 2).map((s) => s.function))).size).toBe(7);
  });
});
