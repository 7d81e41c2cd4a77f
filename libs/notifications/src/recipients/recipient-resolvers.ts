import { Injectable } from '@nestjs/common';
import { IncidentRoleRecipients } from './recipient';

/**
 * Resolvers of recipients that higher domains implement (why not an injection token: the
 * provider would have to come from a module that imports this one — a cycle).
 */
@Injectable()
export class RecipientResolvers {
  private incidentRoles: IncidentRoleRecipients | undefined;

  registerIncidentRoles(resolver: IncidentRoleRecipients): void {
    if (this.incidentRoles) throw new Error('Incident role recipients are already registered');
    this.incidentRoles = resolver;
  }

  /** The registered resolver; asking for incident roles before incidents exist is a programming error. */
  incidentRoleRecipients(): IncidentRoleRecipients {
    if (!this.incidentRoles) throw new Error('No resolver of incident role recipients is registered');
    return this.incidentRoles;
  }
}
