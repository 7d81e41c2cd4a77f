import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import {
  approvedRunbook,
  attempt,
  createRunbookOrg,
  draftWithSteps,
  getRunbook,
  Ops,
  OPS,
  RunbookView,
  step,
} from './runbook-api';

type Org = Awaited<ReturnType<typeof createRunbookOrg>>;

const LIST = `query ($filter: RunbookFilter) { runbooks(filter: $filter, first: 100) { nodes { id } } }`;
const VERSION = `query ($id: ID!) { runbookVersion(id: $id) { id versionNumber steps { id } } }`;

/**
 * The ICB assures its providers' plans: its EPRR lead (and its incident commanders, and
 * the ICS-wide roles) read every organisation's runbooks and versions — the evidence
 * behind a gap readiness shows — while only the owning organisation changes them.
 */
describe('the ICB reads every organisation’s runbooks', () => {
  let t: TestApp;
  let icb: Org;
  let trust: Org;
  let otherTrust: Org;
  let approved: RunbookView;
  let draft: RunbookView;
  let icbCommander: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createRunbookOrg(t, OrganisationKind.ICB);
    trust = await createRunbookOrg(t);
    otherTrust = await createRunbookOrg(t);
    icbCommander = await createUser(t, [{ organisationId: icb.org.id, role: Role.INCIDENT_COMMANDER }]);
    approved = await approvedRunbook(t, trust.org.id, trust.lead, trust.secondLead);
    draft = await draftWithSteps(t, trust.org.id, trust.lead, 2);
  });
  afterAll(() => t.close());

  const list = async (who: TestUser, organisationId: string) =>
    (
      await t.gql.ok<{ runbooks: { nodes: { id: string }[] } }>(
        LIST,
        { filter: { organisationId } },
        { token: who.token },
      )
    ).runbooks.nodes.map((n) => n.id);

  it.each([
    ['EPRR lead', () => icb.lead],
    ['incident commander', () => icbCommander],
  ])("lets the ICB's %s read a trust's runbook, its versions and its list", async (_name, who) => {
    const reader = who();
    const read = await getRunbook(t, approved.id, reader);
    expect(read).toMatchObject({ id: approved.id, organisationId: trust.org.id, currentVersion: { versionNumber: 1 } });
    expect(read.steps).toHaveLength(2);
    const version = await t.gql.ok<{ runbookVersion: { versionNumber: number } }>(
      VERSION,
      { id: approved.currentVersion?.id },
      { token: reader.token },
    );
    expect(version.runbookVersion.versionNumber).toBe(1);
    expect((await list(reader, trust.org.id)).sort()).toEqual([approved.id, draft.id].sort());
  });

  it("keeps a trust's runbooks from the ICB's other roles and from other trusts' EPRR leads", async () => {
    const icbViewer = icb.viewer;
    const icbIgOfficer = icb.igOfficer;
    for (const outsider of [icbViewer, icbIgOfficer, otherTrust.lead]) {
      expect(errorCode(await t.gql.request(OPS.runbook, { id: approved.id }, { token: outsider.token }))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(await t.gql.request(VERSION, { id: approved.currentVersion?.id }, { token: outsider.token })),
      ).toBe('NOT_FOUND');
      expect(await list(outsider, trust.org.id)).toEqual([]);
    }
  });

  it("refuses the ICB's readers every change to a trust's runbook as FORBIDDEN (they see it), writing nothing", async () => {
    const cases: [Ops, Record<string, unknown>][] = [
      ['updateRunbookDraft', { id: draft.id, version: draft.version, title: 'Rewritten by the ICB' }],
      ['addRunbookStep', { runbookId: draft.id, ...step('Added by the ICB') }],
      ['updateRunbookStep', { stepId: draft.steps[0].id, title: 'Edited by the ICB' }],
      ['reorderRunbookSteps', { runbookId: draft.id, stepIds: [draft.steps[1].id, draft.steps[0].id] }],
      ['removeRunbookStep', { stepId: draft.steps[1].id }],
      ['submitRunbookForReview', { id: draft.id }],
      ['setRunbookOwner', { id: draft.id, userId: trust.admin.id }],
      ['reviseRunbook', { id: approved.id }],
      ['markRunbookReviewed', { id: approved.id }],
      ['retireRunbook', { id: approved.id, reason: 'Retired by the ICB' }],
    ];
    const before = await t.dataSource.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM runbook WHERE organisation_id = $1 ORDER BY id`,
      [trust.org.id],
    );
    for (const reader of [icb.lead, icbCommander]) {
      for (const [op, input] of cases)
        expect([op, errorCode(await attempt(t, op, input, reader))]).toEqual([op, 'FORBIDDEN']);
    }
    expect(
      await t.dataSource.query(`SELECT id, version FROM runbook WHERE organisation_id = $1 ORDER BY id`, [
        trust.org.id,
      ]),
    ).toEqual(before);
  });

  it('gives the same read access to the ICS-wide roles, wherever they hold them', async () => {
    for (const role of [Role.SYSTEM_ADMIN, Role.AUDITOR]) {
      const who = await createUser(t, [{ organisationId: icb.org.id, role }]);
      expect((await getRunbook(t, approved.id, who)).id).toBe(approved.id);
      expect(await list(who, trust.org.id)).toContain(approved.id);
    }
  });
});
