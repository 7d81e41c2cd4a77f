import { SITREP_TEMPLATE_NAMES, SITREP_TEMPLATES } from '@muster/incidents';
import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { createIncidentWorld, declaredIncident, IncidentWorld } from './incident-api';

const TEMPLATES = `{ sitRepTemplates { template name fields { name label hint } } }`;

interface Spec {
  template: string;
  name: string;
  fields: { name: string; label: string; hint: string }[];
}

describe('the SitRep templates, as a query', () => {
  let t: TestApp;
  let w: IncidentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
  });
  afterAll(() => t.close());

  it('are the templates submitSitRep accepts, field for field, to anyone signed in', async () => {
    const { sitRepTemplates } = await t.gql.ok<{ sitRepTemplates: Spec[] }>(TEMPLATES, {}, { token: w.viewer.token });
    expect(sitRepTemplates.map((s) => s.template)).toEqual(Object.keys(SITREP_TEMPLATE_NAMES));
    for (const spec of sitRepTemplates) {
      const template = spec.template as keyof typeof SITREP_TEMPLATES;
      expect(spec.name).toBe(SITREP_TEMPLATE_NAMES[template]);
      expect(spec.fields).toEqual(SITREP_TEMPLATES[template].map(({ name, label, hint }) => ({ name, label, hint })));
    }
  });

  it('name the fields a SitRep is submitted with', async () => {
    const { sitRepTemplates } = await t.gql.ok<{ sitRepTemplates: Spec[] }>(
      TEMPLATES,
      {},
      { token: w.commander.token },
    );
    const incident = await declaredIncident(t, w);
    for (const spec of sitRepTemplates) {
      const input = Object.fromEntries(spec.fields.map((f) => [f.name, `${f.label} for the record`]));
      const res = await t.gql.request<{ submitSitRep: { template: string; fields: { name: string }[] } }>(
        `mutation ($input: SubmitSitRepInput!) { submitSitRep(input: $input) { template fields { name } } }`,
        { input: { incidentId: incident.id, template: spec.template, ...input } },
        { token: w.commander.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.submitSitRep.fields.map((f) => f.name)).toEqual(spec.fields.map((f) => f.name));
    }
  });

  it('are refused to anonymous callers', async () => {
    expect(errorCode(await t.gql.request(TEMPLATES, {}))).toBe('UNAUTHENTICATED');
  });
});
