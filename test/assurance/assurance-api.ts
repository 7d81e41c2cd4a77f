import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** The assurance operations as a client sends them, and the shipped framework files. */

export const FRAMEWORK_FIELDS = `id key name version kind source description requirementCount
  sections { reference name deepDive requirements { reference title appliesTo } sections { reference name deepDive requirements { reference title appliesTo } } }`;

export const IMPORT_FRAMEWORK = `mutation ($input: ImportAssuranceFrameworkInput!) { importAssuranceFramework(input: $input) { ${FRAMEWORK_FIELDS} } }`;
export const FRAMEWORKS = `query ($kind: AssuranceFrameworkKind) { assuranceFrameworks(kind: $kind) { id key version kind requirementCount sections { reference requirements { reference } } } }`;
export const FRAMEWORK = `query ($id: ID!) { assuranceFramework(id: $id) { ${FRAMEWORK_FIELDS} } }`;

export interface RequirementView {
  reference: string;
  title: string;
  appliesTo: string[];
}

export interface SectionView {
  reference: string;
  name: string;
  deepDive?: boolean;
  requirements: RequirementView[];
  sections?: SectionView[];
}

export interface FrameworkView {
  id: string;
  key: string;
  name: string;
  version: string;
  kind: string;
  source: string;
  description: string;
  requirementCount: number;
  sections: SectionView[];
}

/** A shipped framework file, as parsed JSON, under a key of its own (test files share a database). */
export function shippedFramework(file: string): Record<string, unknown> {
  const data = JSON.parse(readFileSync(join(__dirname, '../../libs/assurance/frameworks', file), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...data, key: `${String(data.key)}-${randomBytes(3).toString('hex')}` };
}

export const EPRR_FILE = 'eprr-core-standards-sample.json';
export const CAF_FILE = 'caf-dspt-2025-26.json';

export function importFramework(
  t: TestApp,
  who: TestUser,
  framework: unknown,
): Promise<GraphqlResponse<{ importAssuranceFramework: FrameworkView }>> {
  return t.gql.request<{ importAssuranceFramework: FrameworkView }>(
    IMPORT_FRAMEWORK,
    { input: { json: typeof framework === 'string' ? framework : JSON.stringify(framework) } },
    { token: who.token },
  );
}

/** Imports a framework that must be accepted. */
export async function importedFramework(t: TestApp, who: TestUser, framework: unknown): Promise<FrameworkView> {
  return (
    await t.gql.ok<{ importAssuranceFramework: FrameworkView }>(
      IMPORT_FRAMEWORK,
      { input: { json: JSON.stringify(framework) } },
      { token: who.token },
    )
  ).importAssuranceFramework;
}

export const ASSESSMENT_FIELDS = `id organisationId frameworkId period status previousAssessmentId returnComment version
  band { applicable fullyCompliant percent band }
  cafPrinciples { reference rating achieved partiallyAchieved notAchieved unrated }
  cafObjectives { reference rating }
  ratings { id requirementId reference sectionReference rating evidence evidenceLinks ownerUserId isGap improvement targetDate action { id status title } }`;

export interface RatingView {
  id: string;
  requirementId: string;
  reference: string;
  rating: string | null;
  evidence: string;
  evidenceLinks: string[];
  isGap: boolean;
  improvement: string;
  targetDate: string | null;
  action: { id: string; status: string; title: string } | null;
}

export interface AssessmentView {
  version: number;
  id: string;
  organisationId: string;
  period: string;
  status: string;
  previousAssessmentId: string | null;
  returnComment: string;
  band: { applicable: number; fullyCompliant: number; percent: number; band: string | null };
  cafPrinciples: { reference: string; rating: string | null }[];
  cafObjectives: { reference: string; rating: string | null }[];
  ratings: RatingView[];
}

export const START = `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const START_NEXT = `mutation ($input: StartNextAssessmentInput!) { startNextAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const RATE = `mutation ($input: RateRequirementInput!) { rateAssessmentRequirement(input: $input) { id reference rating isGap improvement targetDate } }`;
export const SUBMIT = `mutation ($input: AssessmentChangeInput!) { submitAssessment(input: $input) { id status } }`;
export const CONFIRM = `mutation ($input: AssessmentChangeInput!) { confirmAssessment(input: $input) { id status } }`;
export const PUBLISH = `mutation ($input: AssessmentChangeInput!) { publishAssessment(input: $input) { id status } }`;
export const RETURN = `mutation ($input: ReturnAssessmentInput!) { returnAssessment(input: $input) { id status returnComment } }`;
export const RAISE_GAP_ACTION = `mutation ($input: RaiseAssessmentGapActionInput!) { raiseAssessmentGapAction(input: $input) { id status version title } }`;
export const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;
export const OVERVIEW = `query ($frameworkId: ID!) { assuranceOverview(frameworkId: $frameworkId) {
  frameworkId sections { reference name }
  organisations { organisationId organisationName started assessmentId status period band { applicable fullyCompliant percent band } cells { sectionReference full partial none unrated } }
  gaps { id organisationId reference rating improvement }
} }`;

/** A small EPRR framework: two domains, one standard only for acute trusts. */
export function smallEprr(): Record<string, unknown> {
  return {
    key: `test-eprr-${randomBytes(3).toString('hex')}`,
    name: 'Test EPRR standards',
    version: '2025-26',
    kind: 'EPRR_CORE_STANDARDS',
    sections: [
      {
        reference: 'GOV',
        name: 'Governance',
        requirements: [
          { reference: 'GOV-01', title: 'Senior leadership' },
          { reference: 'GOV-02', title: 'Policy statement' },
        ],
      },
      {
        reference: 'CBRN',
        name: 'Hazardous materials and CBRN',
        requirements: [
          { reference: 'CBRN-01', title: 'Decontamination', appliesTo: ['ACUTE_TRUST'] },
          { reference: 'CBRN-02', title: 'Specialist advice' },
        ],
      },
    ],
  };
}

export function call<T>(t: TestApp, who: TestUser, query: string, input: Record<string, unknown>) {
  return t.gql.request<T>(query, { input }, { token: who.token });
}
