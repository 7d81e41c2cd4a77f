import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IncidentRoleRecipients, RecipientResolvers } from '@muster/notifications';
import { IncidentCommandStore } from './incident-command.store';

/**
 * The notifications library's "recipients by incident command role": who holds the role
 * on the incident now, read on the raising transaction's manager. Registered at start-up
 * (notifications cannot import incidents, which sit above it).
 */
@Injectable()
export class IncidentRoleRecipientsProvider implements IncidentRoleRecipients, OnModuleInit {
  constructor(
    private readonly resolvers: RecipientResolvers,
    private readonly store: IncidentCommandStore,
  ) {}

  onModuleInit(): void {
    this.resolvers.registerIncidentRoles(this);
  }

  userIds(manager: EntityManager, incidentId: string, role: string): Promise<string[]> {
    return this.store.holders(manager, incidentId, role);
  }
}
