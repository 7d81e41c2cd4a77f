import {
  IncidentDecisionEntity,
  IncidentLessonEntity,
  IncidentMethaneEntity,
  IncidentSitRepEntity,
} from './incident-records.entities';
import { CommandDecision, Lesson, MethaneReport, SitRep } from './incident-records.types';
import { SITREP_TEMPLATES } from './sitrep-templates';

export function toMethane(m: IncidentMethaneEntity): MethaneReport {
  return {
    id: m.id,
    revision: m.revision,
    majorIncidentDeclared: m.majorIncidentDeclared,
    exactLocation: m.exactLocation,
    typeOfIncident: m.typeOfIncident,
    hazards: m.hazards,
    access: m.access,
    numberOfCasualties: m.numberOfCasualties,
    emergencyServices: m.emergencyServices,
    submittedAt: m.submittedAt,
    incidentId: m.incidentId,
    submittedById: m.submittedBy,
  };
}

export function toSitRep(s: IncidentSitRepEntity): SitRep {
  return {
    id: s.id,
    sequence: s.sequence,
    template: s.template,
    level: s.level,
    fields: SITREP_TEMPLATES[s.template].map((f) => ({ name: f.name, label: f.label, value: s.fields[f.name] ?? '' })),
    submittedAt: s.submittedAt,
    incidentId: s.incidentId,
    submittedById: s.submittedBy,
  };
}

export function toDecision(d: IncidentDecisionEntity): CommandDecision {
  return {
    id: d.id,
    information: d.information,
    riskAssessment: d.riskAssessment,
    powersAndPolicy: d.powersAndPolicy,
    optionsConsidered: d.optionsConsidered,
    decision: d.decision,
    rationale: d.rationale,
    decidedAt: d.decidedAt,
    reviewAt: d.reviewAt,
    revisitsDecisionId: d.revisitsDecisionId,
    recordedAt: d.recordedAt,
    incidentId: d.incidentId,
    decidedById: d.decidedBy,
  };
}

export function toLesson(l: IncidentLessonEntity): Lesson {
  return {
    id: l.id,
    whatHappened: l.whatHappened,
    whatToChange: l.whatToChange,
    ownerFunction: l.ownerFunction,
    recordedAt: l.recordedAt,
    incidentId: l.incidentId,
    recordedById: l.recordedBy,
  };
}
