import { startTestApp, TestApp } from '@muster/testing';
import { act, createRunbookOrg } from './runbook-api';

const CATEGORIES = `{ incidentCategories { category group words } }`;

describe('incident categories: the EPRR hazards, grouped cyber and non-cyber', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  it('lists every category in its deliberate order with its group: cyber first, then the other hazards, then OTHER', async () => {
    const { incidentCategories } = await t.gql.ok<{
      incidentCategories: { category: string; group: string; words: string }[];
    }>(CATEGORIES, {}, { token: o.viewer.token });
    expect(incidentCategories.map((c) => `${c.group} ${c.category}`)).toEqual([
      'CYBER RANSOMWARE',
      'CYBER DATA_BREACH',
      'CYBER DDOS',
      'CYBER ACCOUNT_COMPROMISE',
      'CYBER SUPPLIER_COMPROMISE',
      'CYBER IT_OUTAGE',
      'NON_CYBER BUSINESS_CONTINUITY',
      'NON_CYBER HEATWAVE',
      'NON_CYBER COLD_WEATHER',
      'NON_CYBER FLOODING',
      'NON_CYBER MASS_CASUALTY',
      'NON_CYBER CBRN_HAZMAT',
      'NON_CYBER INFECTIOUS_DISEASE',
      'NON_CYBER EVACUATION_AND_SHELTER',
      'NON_CYBER POWER_FAILURE',
      'NON_CYBER WATER_FAILURE',
      'NON_CYBER FUEL_DISRUPTION',
      'NON_CYBER INDUSTRIAL_ACTION',
      'NON_CYBER MASS_GATHERING',
      'NON_CYBER OTHER',
    ]);
    expect(incidentCategories.find((c) => c.category === 'CBRN_HAZMAT')?.words).toBe('CBRN/HAZMAT');
  });

  it('asks who is calling', async () => {
    const res = await t.gql.request(CATEGORIES, {});
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps runbooks for the non-cyber hazards, which the database accepts', async () => {
    const plan = await act(
      t,
      'createRunbook',
      {
        organisationId: o.org.id,
        title: 'Adverse weather plan',
        categories: ['HEATWAVE', 'COLD_WEATHER', 'FLOODING'],
      },
      o.lead,
    );
    expect(plan.categories).toEqual(['HEATWAVE', 'COLD_WEATHER', 'FLOODING']);
    await expect(
      t.dataSource.query(`UPDATE runbook SET categories = '{VOLCANO}' WHERE id = $1`, [plan.id]),
    ).rejects.toThrow(/runbook_categories_known/);
  });
});
