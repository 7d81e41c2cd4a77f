import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { countOf, designationBit, dutiesOf, dutyBit, DutySet, NO_DUTIES, roleBits, union } from '../duty-bits/duty-set';
import { CriterionStatus, ReadinessCriterion } from './readiness.enums';
import { RunbookFacts } from './readiness.facts';
import {
  approvedVersion,
  AssessmentContext,
  assessRunbook,
  EXERCISES_NOT_RECORDED,
  exercised,
  heldDuties,
  inReviewDate,
  missingRunbookGap,
  noOverdueExerciseActions,
  rolesHeld,
  roundScore,
  scoreOf,
  templateCurrent,
} from './readiness.rules';
import { dateWords, listWords } from './readiness.words';

const NOW = new Date('2026-11-28T09:00:00Z');
const ORG = 'Stoke-on-Trent City Council';
const IG = { role: Role.IG_OFFICER, function: TeamFunction.INFORMATION_GOVERNANCE };
const COMMS = { role: Role.RESPONDER, function: TeamFunction.COMMUNICATIONS };
const LEAD = { role: Role.EPRR_LEAD, function: TeamFunction.EPRR };

const set = (...parts: DutySet[]): DutySet => parts.reduce(union, NO_DUTIES);

const ctx = (overrides: Partial<AssessmentContext> = {}): AssessmentContext => ({
  now: NOW,
  organisationName: ORG,
  held: set(dutyBit(IG), dutyBit(COMMS), dutyBit(LEAD)),
  words: true,
  ...overrides,
});

function runbook(overrides: Partial<RunbookFacts> = {}): RunbookFacts {
  return {
    id: 'rb-1',
    organisationId: 'org-1',
    title: 'Ransomware response',
    status: RunbookStatus.APPROVED,
    categories: [IncidentCategory.RANSOMWARE],
    approvedVersion: { number: 2, approvedAt: new Date('2026-03-01T10:00:00Z') },
    nextReviewAt: new Date('2027-03-01T10:00:00Z'),
    stepCount: 12,
    requiredDuties: set(dutyBit(IG), dutyBit(LEAD)),
    template: null,
    exercises: null,
    ownerGone: false,
    ...overrides,
  };
}

describe('readiness rules', () => {
  describe('approved version', () => {
    it('passes with the version in force', () => {
      expect(approvedVersion(runbook(), ctx())).toMatchObject({
        status: CriterionStatus.PASS,
        reason: 'Version 2 approved on 1 March 2026',
      });
    });

    it('fails a draft and a runbook in review, saying which', () => {
      expect(approvedVersion(runbook({ approvedVersion: null, status: RunbookStatus.DRAFT }), ctx()).gaps).toEqual([
        'Ransomware response: no approved version (still a draft)',
      ]);
      expect(approvedVersion(runbook({ approvedVersion: null, status: RunbookStatus.IN_REVIEW }), ctx()).gaps).toEqual([
        'Ransomware response: no approved version (in review, awaiting approval)',
      ]);
    });
  });

  describe('in review date', () => {
    it('passes until the review date, the day itself included', () => {
      expect(inReviewDate(runbook(), ctx())).toMatchObject({
        status: CriterionStatus.PASS,
        reason: 'Next review due on 1 March 2027',
      });
      expect(inReviewDate(runbook({ nextReviewAt: new Date(NOW) }), ctx()).status).toBe(CriterionStatus.PASS);
    });

    it('fails once the review date has passed, naming the date', () => {
      const outcome = inReviewDate(runbook({ nextReviewAt: new Date('2026-03-01T12:00:00Z') }), ctx());
      expect(outcome).toMatchObject({
        status: CriterionStatus.FAIL,
        reason: 'Review was due on 1 March 2026',
        gapCount: 1,
      });
      expect(outcome.gaps).toEqual(['Ransomware response: review was due on 1 March 2026']);
    });

    it('fails without an approved version or a review date', () => {
      expect(inReviewDate(runbook({ approvedVersion: null, nextReviewAt: null }), ctx()).gaps).toEqual([
        'Ransomware response: no review date until a version is approved',
      ]);
      expect(inReviewDate(runbook({ nextReviewAt: null }), ctx()).gaps).toEqual([
        'Ransomware response: no next review date is set',
      ]);
    });
  });

  describe('roles held', () => {
    it('counts a role held in a team of the function, or in no team, and nothing else', () => {
      const held = heldDuties([
        { organisationId: 'o', role: Role.IG_OFFICER, function: TeamFunction.DIGITAL },
        { organisationId: 'o', role: Role.RESPONDER, function: null },
      ]);
      expect(dutiesOf(held)).toEqual([
        { role: Role.IG_OFFICER, function: TeamFunction.DIGITAL },
        ...Object.values(TeamFunction).map((fn) => ({ role: Role.RESPONDER, function: fn })),
      ]);
      expect(countOf(held)).toBe(8);
    });

    it('passes when every duty is held', () => {
      expect(rolesHeld(runbook(), ctx())).toMatchObject({
        status: CriterionStatus.PASS,
        reason: 'Every step of version 2 (12 steps) has a named, active person in its role',
      });
    });

    it('names the step and the missing role in the organisation', () => {
      const r = runbook({ uncoveredSteps: [{ ...IG, position: 4, title: 'Notify ICO' }] });
      const outcome = rolesHeld(r, ctx({ held: dutyBit(LEAD) }));
      expect(outcome).toMatchObject({ status: CriterionStatus.FAIL, gapCount: 1 });
      expect(outcome.gaps).toEqual([
        "Ransomware response: step 4 'Notify ICO' has no IG officer (Information Governance) at Stoke-on-Trent City Council",
      ]);
    });

    it('counts a designation held by an active member, and fails a step naming one nobody holds, naming the designation', () => {
      const held = heldDuties([
        { organisationId: 'o', role: null, function: null, designation: Designation.SIRO },
        { organisationId: 'o', role: Role.EPRR_LEAD, function: TeamFunction.EPRR },
      ]);
      expect(dutiesOf(held)).toEqual([LEAD, { designation: Designation.SIRO }]);
      const needs = set(
        dutyBit(LEAD),
        designationBit(Designation.SIRO),
        designationBit(Designation.CALDICOTT_GUARDIAN),
      );
      const r = runbook({
        requiredDuties: needs,
        uncoveredSteps: [
          {
            role: null,
            function: null,
            designation: Designation.CALDICOTT_GUARDIAN,
            position: 6,
            title: 'Advise on telling patients',
          },
        ],
      });
      expect(rolesHeld(r, ctx({ held, words: false }))).toMatchObject({ status: CriterionStatus.FAIL, gapCount: 1 });
      const outcome = rolesHeld(r, ctx({ held }));
      expect(outcome.reason).toBe(
        'No named, active designated Caldicott Guardian at Stoke-on-Trent City Council for steps of version 2',
      );
      expect(outcome.gaps).toEqual([
        "Ransomware response: step 6 'Advise on telling patients' has no designated Caldicott Guardian at Stoke-on-Trent City Council",
      ]);
      const withGuardian = union(held, designationBit(Designation.CALDICOTT_GUARDIAN));
      expect(rolesHeld(r, ctx({ held: withGuardian })).status).toBe(CriterionStatus.PASS);
    });

    it('gives one gap per missing duty, naming at most three steps', () => {
      const steps = [9, 2, 5, 7].map((position) => ({ ...IG, position, title: `Step ${position}` }));
      const r = runbook({
        requiredDuties: set(dutyBit(IG), dutyBit(COMMS)),
        uncoveredSteps: [...steps, { ...COMMS, position: 3, title: 'Brief staff' }],
      });
      expect(rolesHeld(r, ctx({ held: NO_DUTIES })).gaps).toEqual([
        "Ransomware response: steps 2 'Step 2', 5 'Step 5', 7 'Step 7' and 1 more have no IG officer (Information Governance) at Stoke-on-Trent City Council",
        "Ransomware response: step 3 'Brief staff' has no responder (Communications) at Stoke-on-Trent City Council",
      ]);
    });

    it('words the gap without steps when they were not loaded', () => {
      expect(rolesHeld(runbook(), ctx({ held: dutyBit(LEAD) })).gaps).toEqual([
        'Ransomware response: no IG officer (Information Governance) at Stoke-on-Trent City Council for its steps',
      ]);
    });

    it('fails a runbook without steps', () => {
      expect(
        rolesHeld(runbook({ stepCount: 0, approvedVersion: null, requiredDuties: NO_DUTIES }), ctx()),
      ).toMatchObject({
        status: CriterionStatus.FAIL,
        reason: 'The draft has no steps',
        gaps: ['Ransomware response: has no steps'],
      });
    });

    it('fails when the owner is inactive or no longer a member, one gap beside the role gaps', () => {
      const r = runbook({ ownerGone: true, ownerName: 'Pat Gone' });
      expect(rolesHeld(r, ctx())).toMatchObject({
        status: CriterionStatus.FAIL,
        reason: 'Owner Pat Gone is no longer active at Stoke-on-Trent City Council',
        gaps: [
          'Ransomware response: owner Pat Gone is no longer active at Stoke-on-Trent City Council; name an active owner',
        ],
        gapCount: 1,
      });
      expect(rolesHeld(r, ctx({ words: false }))).toMatchObject({ status: CriterionStatus.FAIL, gapCount: 1 });
      expect(rolesHeld(r, ctx({ held: dutyBit(LEAD) })).gapCount).toBe(2);
      expect(rolesHeld(r, ctx({ held: dutyBit(LEAD), words: false })).gapCount).toBe(2);
      expect(rolesHeld(runbook({ ownerGone: false }), ctx()).status).toBe(CriterionStatus.PASS);
    });
  });

  describe('exercises', () => {
    it('is UNKNOWN while exercises are not recorded', () => {
      expect(exercised(runbook(), null, ctx())).toMatchObject({
        status: CriterionStatus.UNKNOWN,
        reason: EXERCISES_NOT_RECORDED,
      });
      expect(noOverdueExerciseActions(runbook(), null, ctx())).toMatchObject({
        status: CriterionStatus.UNKNOWN,
        reason: EXERCISES_NOT_RECORDED,
      });
    });

    it('passes an exercise within 12 months (to the day) and fails an older one or none', () => {
      const at = (iso: string) => ({ lastExercisedAt: new Date(iso), overdueActions: 0 });
      expect(exercised(runbook(), at('2025-11-28T09:00:00Z'), ctx()).status).toBe(CriterionStatus.PASS);
      expect(exercised(runbook(), at('2025-11-27T09:00:00Z'), ctx()).gaps).toEqual([
        'Ransomware response: last exercised on 27 November 2025; it is due an exercise every 12 months',
      ]);
      expect(exercised(runbook(), { lastExercisedAt: null, overdueActions: 0 }, ctx()).gaps).toEqual([
        'Ransomware response: never exercised',
      ]);
    });

    it('fails overdue exercise actions', () => {
      expect(noOverdueExerciseActions(runbook(), { lastExercisedAt: null, overdueActions: 3 }, ctx()).gaps).toEqual([
        'Ransomware response: 3 overdue actions from its exercises',
      ]);
      expect(noOverdueExerciseActions(runbook(), { lastExercisedAt: null, overdueActions: 0 }, ctx()).status).toBe(
        CriterionStatus.PASS,
      );
    });
  });

  describe('ICS template', () => {
    it('is not applicable (not a free PASS) to a runbook of its own, and passes one on the latest template version', () => {
      expect(templateCurrent(runbook(), ctx())).toMatchObject({
        status: CriterionStatus.NOT_APPLICABLE,
        reason: 'Not adopted from an ICS template',
        gapCount: 0,
      });
      expect(templateCurrent(runbook(), ctx({ words: false }))).toMatchObject({
        status: CriterionStatus.NOT_APPLICABLE,
        gapCount: 0,
      });
      const current = runbook({ template: { title: 'Ransomware', adoptedVersion: 3, latestVersion: 3 } });
      expect(templateCurrent(current, ctx())).toMatchObject({ status: CriterionStatus.PASS });
    });

    it('fails a runbook behind its template', () => {
      const behind = templateCurrent(
        runbook({ template: { title: 'Ransomware', adoptedVersion: 1, latestVersion: 3 } }),
        ctx(),
      );
      expect(behind.reason).toBe("Behind ICS template 'Ransomware' (adopted version 1, latest version 3)");
      expect(behind.gaps).toEqual([
        "Ransomware response: behind ICS template 'Ransomware' (adopted version 1, latest version 3)",
      ]);
    });
  });

  describe('score', () => {
    it('is the share of evaluated criteria passed, UNKNOWN and NOT_APPLICABLE left out', () => {
      const a = assessRunbook(runbook({ nextReviewAt: new Date('2026-01-01T00:00:00Z') }), ctx());
      expect(a.criteria.map((c) => c.criterion)).toEqual([
        ReadinessCriterion.APPROVED_VERSION,
        ReadinessCriterion.IN_REVIEW_DATE,
        ReadinessCriterion.ROLES_HELD,
        ReadinessCriterion.EXERCISED,
        ReadinessCriterion.NO_OVERDUE_EXERCISE_ACTIONS,
        ReadinessCriterion.TEMPLATE_CURRENT,
      ]);
      // Approved and roles held pass, the review date fails; exercises UNKNOWN, its own runbook has no template.
      expect(a.score).toBe(2 / 3);
      expect(a.gaps).toEqual(['Ransomware response: review was due on 1 January 2026']);
      const adopted = assessRunbook(
        runbook({
          nextReviewAt: new Date('2026-01-01T00:00:00Z'),
          template: { title: 'T', adoptedVersion: 1, latestVersion: 1 },
        }),
        ctx(),
      );
      expect(adopted.score).toBe(0.75);
    });

    it('judges and counts gaps the same without words', () => {
      const cases = [
        runbook(),
        runbook({ approvedVersion: null, nextReviewAt: null, status: RunbookStatus.IN_REVIEW }),
        runbook({
          requiredDuties: set(dutyBit(IG), dutyBit(COMMS), roleBits(Role.AUDITOR)),
          nextReviewAt: new Date('2026-01-01T00:00:00Z'),
        }),
        runbook({
          stepCount: 0,
          template: { title: 'T', adoptedVersion: 1, latestVersion: 2 },
          exercises: { lastExercisedAt: null, overdueActions: 2 },
        }),
      ];
      for (const r of cases) {
        const worded = assessRunbook(r, ctx({ held: dutyBit(IG) }));
        const counted = assessRunbook(r, ctx({ held: dutyBit(IG), words: false }));
        expect(counted.criteria.map((c) => c.status)).toEqual(worded.criteria.map((c) => c.status));
        expect(counted.gapCount).toBe(worded.gaps.length);
        expect(counted.score).toBe(worded.score);
        expect(counted.gaps).toEqual([]);
      }
    });

    it('is null when nothing is evaluated, and rounds to two decimals', () => {
      expect(scoreOf([{ status: CriterionStatus.UNKNOWN }])).toBeNull();
      expect(roundScore(2 / 3)).toBe(0.67);
      expect(roundScore(null)).toBeNull();
    });
  });

  it('words a category no runbook covers', () => {
    const ddos = { id: 't', title: 'DDoS response', categories: [IncidentCategory.DDOS] };
    expect(missingRunbookGap(IncidentCategory.DDOS, [ddos])).toBe(
      "No runbook for DDoS (ICS template 'DDoS response' not adopted)",
    );
    expect(missingRunbookGap(IncidentCategory.DDOS, [ddos, { ...ddos, title: 'Web outage' }])).toBe(
      "No runbook for DDoS (ICS templates 'DDoS response' and 'Web outage' not adopted)",
    );
    expect(missingRunbookGap(IncidentCategory.DDOS, [ddos], true)).toBe(
      "No runbook for DDoS (its runbook was retired without a replacement; ICS template 'DDoS response' not adopted)",
    );
  });

  it('writes dates in UK time and lists in English', () => {
    expect(dateWords(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
    expect(dateWords(new Date('2026-03-01T00:30:00Z'))).toBe('1 March 2026');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listWords(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
  });
});

describe('roundScore', () => {
  it('rounds a half alike whichever side of it the float sum landed', () => {
    expect(roundScore(0.7749999999999999)).toBe(0.78);
    expect(roundScore(0.7750000000000001)).toBe(0.78);
    expect(roundScore(0.7749)).toBe(0.77);
    expect(roundScore(null)).toBeNull();
  });
});
