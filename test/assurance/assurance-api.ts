import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlResponse, TestApp, TestUser } from '@muster/testing';

/** The assurance operations as a client sends them, and the shipped framework files. */

export const FRAMEWORK_FIELDS = `id key name version kind source description requirementCount
  sections { reference name requirements { reference title appliesTo } sections { reference name requirements { reference title appliesTo } } }`;

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
