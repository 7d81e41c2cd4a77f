import { OrganisationKind } from '@muster/identity';
import { FrameworkRow, RequirementRow, SectionRow } from './framework.store';
import { AssuranceFramework, AssuranceRequirement, AssuranceSection } from './framework.types';

export function toFramework(row: FrameworkRow): AssuranceFramework {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    version: row.version,
    kind: row.kind,
    source: row.source,
    description: row.description,
    importedAt: row.importedAt,
    requirementCount: row.requirementCount,
  };
}

export function toRequirement(row: RequirementRow): AssuranceRequirement {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    text: row.text,
    appliesTo: row.appliesTo as OrganisationKind[],
  };
}

/** The section tree of one framework from its rows (each in file order). */
export function toSectionTree(sections: SectionRow[], requirements: RequirementRow[]): AssuranceSection[] {
  const nodes = new Map<string, AssuranceSection>();
  for (const s of sections)
    nodes.set(s.id, {
      id: s.id,
      reference: s.reference,
      name: s.name,
      deepDive: s.deepDive,
      sections: [],
      requirements: [],
    });
  for (const r of requirements) nodes.get(r.sectionId)?.requirements.push(toRequirement(r));
  const roots: AssuranceSection[] = [];
  for (const s of sections) {
    const node = nodes.get(s.id) as AssuranceSection;
    const parent = s.parentId ? nodes.get(s.parentId) : undefined;
    (parent ? parent.sections : roots).push(node);
  }
  return roots;
}
