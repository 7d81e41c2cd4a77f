import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { DesignationsService } from '@muster/identity';
import { REPORT_ENTITY, ReportDocumentsAudit } from '../report-documents.audit';
import { londonDateTime } from '../html';
import { PackDesignation, renderGrabPack } from './grab-pack.render';
import { GrabPackStore } from './grab-pack.store';

/** A generated grab pack: the document and what identifies this generation. */
export interface GrabPack {
  organisationId: string;
  organisationName: string;
  html: string;
  checksum: string;
  generatedAt: Date;
  runbookCount: number;
}

/**
 * Grab packs: an organisation's approved runbooks in force as one printable document, for
 * when the network is down. Seen by whoever sees the organisation's designations (its
 * members, the ICB's EPRR lead, system-wide roles; else NOT_FOUND). Each generation is read
 * in one transaction and audited with the checksum printed on its pages.
 */
@Injectable()
export class GrabPackService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly designations: DesignationsService,
    private readonly store: GrabPackStore,
  ) {}

  async generate(principal: Principal, organisationId: string): Promise<GrabPack> {
    // Access first (NOT_FOUND for an organisation out of sight, as for a missing one).
    const designated = await this.designations.list(principal, organisationId);
    return this.uow.run(
      async (tx) => {
        const organisation = await this.store.organisation(tx.manager, organisationId);
        if (!organisation) throw new Error(`organisation ${organisationId} vanished while generating its grab pack`);
        const runbooks = await this.store.runbooksInForce(tx.manager, organisationId);
        const holderIds = [...new Set(designated.flatMap((d) => d.holders.map((h) => h.userId)))];
        const people = new Map((await this.store.people(tx.manager, holderIds)).map((p) => [p.id, p]));
        const designations: PackDesignation[] = designated.map((d) => ({
          designation: d.designation,
          holders: d.holders.map((h) => ({
            displayName: h.displayName,
            email: people.get(h.userId)?.email ?? '',
            active: h.active,
          })),
        }));
        const rotas = await this.store.rotas(tx.manager, organisationId, tx.now);
        const { html, checksum } = renderGrabPack({ organisation, asAt: tx.now, runbooks, designations, rotas });
        tx.record({
          action: ReportDocumentsAudit.grabPackGenerated,
          organisationId,
          entityType: REPORT_ENTITY.organisation,
          entityId: organisationId,
          summary: `Grab pack of ${organisation.name} generated as at ${londonDateTime(tx.now)}: ${runbooks.length} runbook(s), SHA-256 ${checksum}`,
          changes: {
            checksum,
            asAt: tx.now,
            runbooks: runbooks.map((r) => ({
              runbookId: r.runbookId,
              versionId: r.versionId,
              versionNumber: r.versionNumber,
            })),
          },
        });
        return {
          organisationId,
          organisationName: organisation.name,
          html,
          checksum,
          generatedAt: tx.now,
          runbookCount: runbooks.length,
        };
      },
      { actor: principal.actor },
    );
  }
}
