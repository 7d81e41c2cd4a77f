import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { UnitOfWork } from '@muster/platform-database';
import {
  NotificationAbout,
  NotificationKind,
  NotificationsService,
  RaisedNotification,
  Recipient,
  Recipients,
  ukDate,
  ukTime,
} from '@muster/notifications';
import { CommandRole, IncidentStatus, IncidentType } from './incident-enums';
import { IncidentEntity } from './incident.entity';
import { IncidentStore } from './incident.store';

const about = (i: IncidentEntity): NotificationAbout => ({
  organisationId: i.leadOrganisationId,
  entityType: 'incident',
  entityId: i.id,
});

const TYPE_LABELS: Record<IncidentType, string> = {
  [IncidentType.BUSINESS_CONTINUITY]: 'business continuity',
  [IncidentType.CRITICAL]: 'critical',
  [IncidentType.MAJOR]: 'major',
};

export const COMMAND_ROLE_LABELS: Record<CommandRole, string> = {
  [CommandRole.COMMANDER]: 'incident commander',
  [CommandRole.DEPUTY]: 'deputy commander',
  [CommandRole.IG_LEAD]: 'IG lead',
  [CommandRole.EPRR_LEAD]: 'EPRR lead',
  [CommandRole.TECHNICAL_LEAD]: 'technical lead',
  [CommandRole.COMMUNICATIONS_LEAD]: 'communications lead',
  [CommandRole.SCRIBE]: 'scribe',
  [CommandRole.LIAISON]: 'liaison',
  [CommandRole.OBSERVER]: 'observer',
};

/** From this level, declarations and level changes are marked for (and emailed to) the NHS England region contact. */
export const REGION_LEVEL = 3;

/**
 * Whom an incident's changes tell, and what; each call joins the unit of work of the change
 * (see NotificationsService). Whoever made the change is never told of it. "The ICB
 * on-call" is the ICB's incident commanders.
 */
@Injectable()
export class IncidentNotices {
  private readonly regionContact: string | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationsService,
    private readonly store: IncidentStore,
  ) {
    this.regionContact = config.incidents.regionContactEmail;
  }

  /** The lead organisation's commanders and the ICB on-call. */
  reported(i: IncidentEntity, actorId: string | null): Promise<RaisedNotification | null> {
    return this.withIcb(i, [Role.INCIDENT_COMMANDER], undefined, (recipients) =>
      this.notifications.notify(NotificationKind.INCIDENT_REPORTED, about(i), recipients, {
        params: { incidentRef: i.reference, title: i.title },
        except: [actorId],
      }),
    );
  }

  /** The ICB's commanders and EPRR lead (and the lead's commanders); from level 3 marked for the region contact. */
  declared(i: IncidentEntity, actorId: string | null, icbIds?: readonly string[]): Promise<RaisedNotification | null> {
    return this.withIcb(i, [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD], icbIds, (recipients) =>
      this.notifications.notify(NotificationKind.INCIDENT_DECLARED, about(i), recipients, {
        params: {
          incidentRef: i.reference,
          typeLabel: TYPE_LABELS[i.type],
          level: i.level,
          regionNote: this.regionNote(i),
        },
        except: [actorId],
        externalEmails: this.regionEmails(i),
      }),
    );
  }

  levelChanged(
    i: IncidentEntity,
    previousLevel: number,
    actorId: string | null,
    icbIds?: readonly string[],
  ): Promise<RaisedNotification | null> {
    return this.withIcb(i, [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD], icbIds, (recipients) =>
      this.notifications.notify(NotificationKind.INCIDENT_LEVEL_CHANGED, about(i), recipients, {
        params: { incidentRef: i.reference, level: i.level, previousLevel, regionNote: this.regionNote(i) },
        except: [actorId],
        externalEmails: this.regionEmails(i),
      }),
    );
  }

  /** Standby and cancellation: the ICB on-call and the lead's commanders. */
  statusChanged(i: IncidentEntity, actorId: string | null): Promise<RaisedNotification | null> {
    const statusLabel =
      i.status === IncidentStatus.STANDBY
        ? 'on standby'
        : i.status === IncidentStatus.CANCELLED
          ? 'cancelled (standby or declaration withdrawn)'
          : i.status.toLowerCase().replace('_', ' ');
    return this.withIcb(i, [Role.INCIDENT_COMMANDER], undefined, (recipients) =>
      this.notifications.notify(NotificationKind.INCIDENT_STATUS_CHANGED, about(i), recipients, {
        params: { incidentRef: i.reference, title: i.title, statusLabel },
        except: [actorId],
      }),
    );
  }

  stoodDown(i: IncidentEntity, actorId: string | null): Promise<RaisedNotification | null> {
    return this.withIcb(i, [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD], undefined, (recipients) =>
      this.notifications.notify(NotificationKind.INCIDENT_STOOD_DOWN, about(i), recipients, {
        params: { incidentRef: i.reference, title: i.title },
        except: [actorId],
      }),
    );
  }

  /** The person given the role. */
  roleAssigned(
    i: IncidentEntity,
    role: CommandRole,
    userId: string,
    actorId: string | null,
  ): Promise<RaisedNotification | null> {
    return this.notifications.notify(NotificationKind.INCIDENT_ROLE_ASSIGNED, about(i), [Recipients.user(userId)], {
      params: { incidentRef: i.reference, title: i.title, roleLabel: COMMAND_ROLE_LABELS[role] },
      except: [actorId],
    });
  }

  /** The commander and the scribe, once per due time (the job's key). */
  sitRepDue(i: IncidentEntity, dueAt: Date, dedupeKey: string): Promise<RaisedNotification | null> {
    return this.notifications.notify(
      NotificationKind.INCIDENT_SITREP_DUE,
      about(i),
      [Recipients.incidentRole(i.id, CommandRole.COMMANDER), Recipients.incidentRole(i.id, CommandRole.SCRIBE)],
      { params: { incidentRef: i.reference, title: i.title, dueTime: `${ukDate(dueAt)} ${ukTime(dueAt)}` }, dedupeKey },
    );
  }

  private regionNote(i: IncidentEntity): string {
    return i.level >= REGION_LEVEL ? 'Marked for the NHS England region contact.' : '';
  }

  private regionEmails(i: IncidentEntity): string[] {
    return i.level >= REGION_LEVEL && this.regionContact ? [this.regionContact] : [];
  }

  /** `roles` at every ICB, and the lead organisation's incident commanders. */
  /** `known`: the ICS's ICBs when the caller has read them already (IncidentContext.icsIcbIds), else read here. */
  private withIcb(
    i: IncidentEntity,
    roles: Role[],
    known: readonly string[] | undefined,
    send: (recipients: Recipient[]) => Promise<RaisedNotification | null>,
  ): Promise<RaisedNotification | null> {
    return this.uow.run(async (tx) => {
      const icbs = known ?? (await this.store.icbOrganisationIds(tx.manager));
      const recipients = [
        ...icbs.flatMap((id) => roles.map((role) => Recipients.role(id, role))),
        Recipients.role(i.leadOrganisationId, Role.INCIDENT_COMMANDER),
      ];
      return send(recipients);
    });
  }
}
