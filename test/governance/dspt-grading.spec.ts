import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp } from '@muster/testing';

const GRADING = `{ dsptGrading { reportableMinLikelihood reportableMinSeverity likelihoodLabels severityLabels } }`;

describe('the DSPT grading, as a query for those who record IG decisions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { IG_REPORTABLE_MIN_LIKELIHOOD: '4', IG_REPORTABLE_MIN_SEVERITY: '3' } });
  });
  afterAll(() => t.close());

  it('gives IG officers the configured thresholds and the guidance’s labels', async () => {
    const org = await createOrganisation(t);
    const officer = await createUser(t, [{ organisationId: org.id, role: Role.IG_OFFICER }]);
    const { dsptGrading } = await t.gql.ok<{ dsptGrading: Record<string, unknown> }>(
      GRADING,
      {},
      {
        token: officer.token,
      },
    );
    expect(dsptGrading).toEqual({
      reportableMinLikelihood: 4,
      reportableMinSeverity: 3,
      likelihoodLabels: ['not occurred', 'not likely', 'likely', 'highly likely', 'occurred'],
      severityLabels: ['no adverse effect', 'minor', 'adverse', 'serious', 'catastrophic'],
    });
  });

  it('is FORBIDDEN to everyone else', async () => {
    const org = await createOrganisation(t);
    for (const role of [Role.INCIDENT_COMMANDER, Role.VIEWER, Role.EPRR_LEAD]) {
      const user = await createUser(t, [{ organisationId: org.id, role }]);
      expect(errorCode(await t.gql.request(GRADING, {}, { token: user.token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql.request(GRADING, {}))).toBe('UNAUTHENTICATED');
  });
});
