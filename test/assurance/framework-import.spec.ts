import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import {
  createOrganisation,
  createUser,
  errorCode,
  setClockAndSignIn,
  startTestApp,
  TEST_START,
  TestApp,
  TestUser,
} from '@muster/testing';
import {
  CAF_FILE,
  EPRR_FILE,
  FRAMEWORK,
  FRAMEWORKS,
  FrameworkView,
  importedFramework,
  importFramework,
  shippedFramework,
} from './assurance-api';

/**
 * Frameworks as data: a system administrator imports a framework version from its JSON
 * file; a bad file is refused with every bad row named by its path and writes nothing; the
 * same version twice is a CONFLICT; every signed-in user reads the frameworks; the rows
 * cannot be changed afterwards, not even in SQL by the application.
 */
describe('assurance frameworks', () => {
  let t: TestApp;
  let sysAdmin: TestUser;
  let orgAdmin: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    const trust = await createOrganisation(t);
    sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    orgAdmin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    viewer = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [sysAdmin, orgAdmin, viewer]));

  const frameworkRows = async (key: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT (SELECT count(*) FROM assurance_framework WHERE key = $1)
                + (SELECT count(*) FROM assurance_requirement r JOIN assurance_framework f ON f.id = r.framework_id WHERE f.key = $1) AS n`,
          [key],
        )
      )[0].n,
    );

  it('imports the CAF-aligned DSPT structure: objectives A–E, their principles and the CAF 3.2 outcomes', async () => {
    const file = shippedFramework(CAF_FILE);
    const framework = await importedFramework(t, sysAdmin, file);
    expect(framework).toMatchObject({ key: file.key, version: '2025-26', kind: 'CAF_DSPT', requirementCount: 39 });
    expect(framework.source).toContain('CAF 3.2');
    expect(framework.sections.map((s) => s.reference)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(framework.sections.map((s) => (s.sections ?? []).map((p) => p.reference))).toEqual([
      ['A1', 'A2', 'A3', 'A4'],
      ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'],
      ['C1', 'C2'],
      ['D1', 'D2'],
      ['E1', 'E2', 'E3', 'E4'],
    ]);
    expect(framework.sections[1].sections?.[3].requirements.map((r) => r.reference)).toEqual([
      'B4.a',
      'B4.b',
      'B4.c',
      'B4.d',
    ]);

    const audit = await t.dataSource.query<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM audit_event WHERE entity_type = 'assurance_framework' AND entity_id = $1`,
      [framework.id],
    );
    expect(audit).toEqual([
      {
        action: 'assurance.framework_imported',
        summary: 'Data Security and Protection Toolkit (CAF-aligned) version 2025-26 imported (39 requirements)',
      },
    ]);
  });

  it('imports the EPRR sample with its ten domains and which organisation kinds each standard applies to', async () => {
    const file = shippedFramework(EPRR_FILE);
    const framework = await importedFramework(t, sysAdmin, file);
    expect(framework.name).toContain('SAMPLE');
    expect(framework.description).toContain("Replace it with the year's official list");
    expect(framework.sections.map((s) => s.name)).toEqual([
      'Governance',
      'Duty to risk assess',
      'Duty to maintain plans',
      'Command and control',
      'Training and exercising',
      'Response',
      'Warning and informing',
      'Co-operation',
      'Business continuity',
      'Hazardous materials and CBRN',
      'Deep dive (sample): cyber security and the loss of digital systems',
    ]);
    expect(framework.sections.map((s) => s.deepDive)).toEqual([...Array<boolean>(10).fill(false), true]);
    const cbrn = framework.sections[9].requirements;
    expect(cbrn[0]).toMatchObject({ reference: 'CBRN-01', appliesTo: ['ACUTE_TRUST', 'AMBULANCE_TRUST'] });
    expect(cbrn[2].appliesTo).toEqual([]);

    // Read by any signed-in user, with the sections of every framework in a constant number of statements.
    const read = await t.gql.ok<{ assuranceFramework: FrameworkView }>(
      FRAMEWORK,
      { id: framework.id },
      { token: viewer.token },
    );
    expect(read.assuranceFramework).toEqual(framework);
    const list = await t.gql.request<{ assuranceFrameworks: FrameworkView[] }>(
      FRAMEWORKS,
      { kind: 'EPRR_CORE_STANDARDS' },
      { token: viewer.token },
    );
    expect(list.data?.assuranceFrameworks.map((f) => f.id)).toContain(framework.id);
    expect(list.data?.assuranceFrameworks.every((f) => f.kind === 'EPRR_CORE_STANDARDS')).toBe(true);
    await importFramework(t, sysAdmin, shippedFramework(EPRR_FILE));
    const more = await t.gql.request(FRAMEWORKS, { kind: 'EPRR_CORE_STANDARDS' }, { token: viewer.token });
    expect(more.extensions?.sqlStatements).toBe(list.extensions?.sqlStatements);
  });

  it('refuses a bad file naming every bad row, and writes nothing', async () => {
    const file = shippedFramework(EPRR_FILE) as {
      key: string;
      sections: { requirements: Record<string, unknown>[] }[];
    };
    file.sections[2].requirements[1] = { reference: 'PLAN-02', title: '   ' };
    file.sections[9].requirements[0] = { ...file.sections[9].requirements[0], appliesTo: ['HOSPITAL'] };
    file.sections[4].requirements.push({ reference: 'GOV-01', title: 'A duplicate' });
    const res = await importFramework(t, sysAdmin, file);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'json',
        message:
          'sections[2].requirements[1].title: must not be empty; ' +
          "sections[4].requirements[2].reference: 'GOV-01' is used already at sections[0].requirements[0].reference; " +
          "sections[9].requirements[0].appliesTo[0]: 'HOSPITAL' is not an organisation kind",
      },
    ]);
    expect(await frameworkRows(file.key)).toBe(0);
    expect(errorCode(await importFramework(t, sysAdmin, '{ not json'))).toBe('BAD_USER_INPUT');
  });

  it('refuses the same version twice, and anyone but a system administrator', async () => {
    const file = shippedFramework(CAF_FILE);
    await importedFramework(t, sysAdmin, file);
    const again = await importFramework(t, sysAdmin, file);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('is imported already');
    expect(await frameworkRows(String(file.key))).toBe(1 + 39);

    const other = shippedFramework(CAF_FILE);
    expect(errorCode(await importFramework(t, orgAdmin, other))).toBe('FORBIDDEN');
    expect(errorCode(await importFramework(t, viewer, other))).toBe('FORBIDDEN');
    expect(await frameworkRows(String(other.key))).toBe(0);
  });

  it('keeps an imported version as it was: the application cannot change or delete its rows', async () => {
    const framework = await importedFramework(t, sysAdmin, shippedFramework(EPRR_FILE));
    await expect(
      t.dataSource.query(`UPDATE assurance_requirement SET title = 'changed' WHERE framework_id = $1`, [framework.id]),
    ).rejects.toThrow(/imported once|permission denied/);
    await expect(t.dataSource.query(`DELETE FROM assurance_framework WHERE id = $1`, [framework.id])).rejects.toThrow(
      /imported once|permission denied/,
    );
  });
});
