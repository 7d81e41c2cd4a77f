import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { TeamFunction } from '../teams/team-function';

export interface SharedServiceRow {
  clientOrganisationId: string;
  clientName: string;
  function: TeamFunction;
  providerOrganisationId: string;
  providerName: string;
  note: string;
  recordedAt: Date;
}

const SELECT = `SELECT s.client_organisation_id AS "clientOrganisationId", c.name AS "clientName", s.function,
                       s.provider_organisation_id AS "providerOrganisationId", p.name AS "providerName",
                       s.note, s.recorded_at AS "recordedAt"
                FROM shared_service s
                JOIN organisation c ON c.id = s.client_organisation_id
                JOIN organisation p ON p.id = s.provider_organisation_id`;

/** The shared_service table: which organisation delivers which function for which (raw SQL, no entity). */
@Injectable()
export class SharedServiceStore {
  /** The arrangements the organisation receives or provides, clients first, by function then name. */
  ofOrganisation(manager: EntityManager, organisationId: string): Promise<SharedServiceRow[]> {
    return sqlRows<SharedServiceRow>(
      manager,
      `${SELECT} WHERE s.client_organisation_id = $1 OR s.provider_organisation_id = $1
        ORDER BY (s.client_organisation_id = $1) DESC, s.function, c.name, p.name`,
      [organisationId],
    );
  }

  /** The client's arrangement for the function, locked; null when it has none. */
  async lock(tx: Transaction, clientOrganisationId: string, fn: TeamFunction): Promise<SharedServiceRow | null> {
    const [row] = await sqlRows<SharedServiceRow>(
      tx.manager,
      `${SELECT} WHERE s.client_organisation_id = $1 AND s.function = $2 FOR UPDATE OF s`,
      [clientOrganisationId, fn],
    );
    return row ?? null;
  }

  async insert(
    tx: Transaction,
    row: { clientOrganisationId: string; function: TeamFunction; providerOrganisationId: string; note: string },
    by: string | null,
  ): Promise<void> {
    await sqlChange(
      tx.manager,
      `INSERT INTO shared_service (client_organisation_id, function, provider_organisation_id, note, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.clientOrganisationId, row.function, row.providerOrganisationId, row.note, by, tx.now],
    );
  }

  async remove(tx: Transaction, clientOrganisationId: string, fn: TeamFunction): Promise<void> {
    await sqlChange(tx.manager, `DELETE FROM shared_service WHERE client_organisation_id = $1 AND function = $2`, [
      clientOrganisationId,
      fn,
    ]);
  }
}
