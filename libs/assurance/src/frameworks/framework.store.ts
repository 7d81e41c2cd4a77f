import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflictOnDuplicate, sqlRows, Transaction } from '@muster/platform-database';
import { FrameworkKind } from './framework-kind';
import { ParsedFramework, ParsedSection } from './framework-parser';
import { AssuranceFrameworkEntity } from './framework.entity';

export interface FrameworkRow extends AssuranceFrameworkEntity {
  requirementCount: number;
}

export interface SectionRow {
  id: string;
  frameworkId: string;
  parentId: string | null;
  reference: string;
  name: string;
  deepDive: boolean;
  position: number;
}

export interface RequirementRow {
  id: string;
  frameworkId: string;
  sectionId: string;
  reference: string;
  title: string;
  text: string;
  appliesTo: string[];
  position: number;
}

const SELECT = `SELECT f.id, f.key, f.name, f.version, f.kind, f.source, f.description,
       f.imported_by AS "importedBy", f.imported_at AS "importedAt",
       (SELECT count(*)::int FROM assurance_requirement r WHERE r.framework_id = f.id) AS "requirementCount"
  FROM assurance_framework f`;

/** The framework tables: a framework version with its sections and requirements, written once. */
@Injectable()
export class FrameworkStore {
  async list(manager: EntityManager, kind?: FrameworkKind): Promise<FrameworkRow[]> {
    return sqlRows<FrameworkRow>(
      manager,
      `${SELECT} WHERE ($1::text IS NULL OR f.kind = $1) ORDER BY f.key, f.imported_at DESC, f.id`,
      [kind ?? null],
    );
  }

  async findById(manager: EntityManager, id: string): Promise<FrameworkRow | null> {
    const [row] = await sqlRows<FrameworkRow>(manager, `${SELECT} WHERE f.id = $1`, [id]);
    return row ?? null;
  }

  async findByKeyAndVersion(manager: EntityManager, key: string, version: string): Promise<FrameworkRow | null> {
    const [row] = await sqlRows<FrameworkRow>(manager, `${SELECT} WHERE f.key = $1 AND f.version = $2`, [key, version]);
    return row ?? null;
  }

  sectionsOf(manager: EntityManager, frameworkIds: readonly string[]): Promise<SectionRow[]> {
    return sqlRows<SectionRow>(
      manager,
      `SELECT id, framework_id AS "frameworkId", parent_id AS "parentId", reference, name, deep_dive AS "deepDive", position
         FROM assurance_section WHERE framework_id = ANY($1::uuid[]) ORDER BY framework_id, position`,
      [frameworkIds],
    );
  }

  requirementsOf(manager: EntityManager, frameworkIds: readonly string[]): Promise<RequirementRow[]> {
    return sqlRows<RequirementRow>(
      manager,
      `SELECT id, framework_id AS "frameworkId", section_id AS "sectionId", reference, title, text,
              applies_to AS "appliesTo", position
         FROM assurance_requirement WHERE framework_id = ANY($1::uuid[]) ORDER BY framework_id, position`,
      [frameworkIds],
    );
  }

  /** Writes a parsed framework: the framework, then its sections and requirements in two set-based inserts. */
  async insert(tx: Transaction, framework: ParsedFramework, importedBy: string | null): Promise<string> {
    const id = randomUUID();
    await tx.manager
      .insert(AssuranceFrameworkEntity, {
        id,
        key: framework.key,
        name: framework.name,
        version: framework.version,
        kind: framework.kind,
        source: framework.source,
        description: framework.description,
        importedBy,
        importedAt: tx.now,
      })
      .catch(
        conflictOnDuplicate({
          assurance_framework_key_version: `Version ${framework.version} of ${framework.key} is imported already: import a new version`,
        }),
      );
    const sections: SectionRow[] = [];
    const requirements: RequirementRow[] = [];
    const walk = (list: ParsedSection[], parentId: string | null) => {
      for (const s of list) {
        const sectionId = randomUUID();
        sections.push({
          id: sectionId,
          frameworkId: id,
          parentId,
          reference: s.reference,
          name: s.name,
          deepDive: s.deepDive,
          position: sections.length,
        });
        for (const r of s.requirements)
          requirements.push({ id: randomUUID(), frameworkId: id, sectionId, ...r, position: requirements.length });
        walk(s.sections, sectionId);
      }
    };
    walk(framework.sections, null);
    await tx.manager.query(
      `INSERT INTO assurance_section (id, framework_id, parent_id, reference, name, deep_dive, position)
       SELECT s.id, $1, s."parentId", s.reference, s.name, s."deepDive", s.position
         FROM jsonb_to_recordset($2::jsonb) AS s(id uuid, "parentId" uuid, reference text, name text, "deepDive" boolean, position int)`,
      [id, JSON.stringify(sections)],
    );
    await tx.manager.query(
      `INSERT INTO assurance_requirement (id, framework_id, section_id, reference, title, text, applies_to, position)
       SELECT r.id, $1, r."sectionId", r.reference, r.title, r.text,
              ARRAY(SELECT jsonb_array_elements_text(r."appliesTo")), r.position
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, "sectionId" uuid, reference text, title text, text text, "appliesTo" jsonb, position int)`,
      [id, JSON.stringify(requirements)],
    );
    return id;
  }
}
