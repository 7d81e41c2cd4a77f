import { personOrNull, toPerson } from '../rotas/rota.mappers';
import { PageRow } from './page.store';
import { Page } from './page.types';

export function toPage(r: PageRow): Page {
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    duty: r.duty,
    incidentId: r.incidentId,
    incidentReference: r.incidentReference,
    trigger: r.trigger,
    message: r.message,
    raisedBy: personOrNull(r.raisedById, r.raisedByName),
    raisedAt: r.raisedAt,
    status: r.status,
    level: (r.step % r.levels.length) + 1,
    pagedPerson: personOrNull(r.pagedUserId, r.pagedName),
    acknowledgedAt: r.acknowledgedAt,
    acknowledgedBy: personOrNull(r.acknowledgedById, r.acknowledgedByName),
    secondsToAcknowledge: r.secondsToAcknowledge,
    notices: r.notices.map((n) => ({
      step: n.step,
      level: n.level,
      person: n.person ? toPerson(n.person) : null,
      notifiedAt: new Date(n.notifiedAt),
    })),
  };
}
