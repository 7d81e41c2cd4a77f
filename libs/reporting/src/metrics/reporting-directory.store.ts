import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';

/** What access to metrics needs of the directory, in one statement: the organisation asked for, and whether a board candidate is the ICB. */
@Injectable()
export class ReportingDirectoryStore {
  async lookUp(
    manager: EntityManager,
    organisationId: string | null,
    boardCandidates: string[],
  ): Promise<{ name: string | null; atIcb: boolean }> {
    const [row] = await sqlRows<{ name: string | null; atIcb: boolean }>(
      manager,
      `SELECT (SELECT name FROM organisation WHERE id = $1::uuid) AS name,
              EXISTS (SELECT 1 FROM organisation WHERE kind = 'ICB' AND id = ANY($2::uuid[])) AS "atIcb"`,
      [organisationId, boardCandidates],
    );
    return row;
  }
}
