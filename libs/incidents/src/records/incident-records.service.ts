import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { IncidentAudit, IncidentAuditAction } from '../incidents.audit';
import { IncidentLive } from '../live/incident-live';
import { IncidentAction } from '../incidents/incident-transitions';
import { IncidentGate, OpenedIncident } from '../incidents/incident-gate';
import { IncidentEntity } from '../incidents/incident.entity';
import { IncidentStore } from '../incidents/incident.store';
import { toDecision, toLesson, toMethane, toSitRep } from './incident-records.mappers';
import {
  RecordCommandDecisionInput,
  RecordLessonInput,
  SubmitMethaneInput,
  SubmitSitRepInput,
} from './incident-records.inputs';
import { IncidentRecordsStore } from './incident-records.store';
import { CommandDecision, Lesson, MethaneReport, SitRep } from './incident-records.types';
import { ALL_SITREP_FIELDS, SITREP_TEMPLATES } from './sitrep-templates';
import { SitRepDueJobs } from './sitrep-due.jobs';

/**
 * The records of a response: METHANE revisions, SitReps, command decisions and lessons.
 * Each is appended (never changed) in its own unit of work, with an audit event carrying
 * the incident's id, so it is on the timeline.
 */
@Injectable()
export class IncidentRecordsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: IncidentGate,
    private readonly incidents: IncidentStore,
    private readonly store: IncidentRecordsStore,
    private readonly sitRepDue: SitRepDueJobs,
    private readonly live: IncidentLive,
  ) {}

  /** A new revision of the METHANE report; earlier ones stay readable. */
  submitMethane(principal: Principal, input: SubmitMethaneInput): Promise<MethaneReport> {
    return this.appended(principal, input.incidentId, 'record', async (tx, { incident }) => {
      const methane = await this.store.insertMethane(tx, incident.id, {
        ...input.methane,
        submittedBy: principal.userId,
      });
      this.record(
        tx,
        incident,
        IncidentAudit.methaneSubmitted,
        `${incident.reference} METHANE report, revision ${methane.revision}`,
        'incident_methane',
        methane.id,
        {
          after: { ...input.methane, revision: methane.revision },
        },
      );
      return toMethane(methane);
    });
  }

  /** A SitRep from a template: each of its fields required, no other; the next is due one cadence later. */
  submitSitRep(principal: Principal, input: SubmitSitRepInput): Promise<SitRep> {
    return this.appended(principal, input.incidentId, 'record', async (tx, { incident }) => {
      // Access first (the gate): an incident out of sight is NOT_FOUND whatever the fields say.
      const spec = SITREP_TEMPLATES[input.template];
      const wanted = new Set(spec.map((f) => f.name));
      const stray = ALL_SITREP_FIELDS.find((name) => !wanted.has(name) && input[name] !== undefined);
      if (stray) throw DomainError.badInput(stray, `is not a field of the ${input.template.toLowerCase()} template`);
      const missing = spec.find((f) => !input[f.name]);
      if (missing)
        throw DomainError.badInput(missing.name, `is required by the ${input.template.toLowerCase()} template`);
      const fields = Object.fromEntries(spec.map((f) => [f.name, input[f.name] as string]));
      const sitRep = await this.store.insertSitRep(tx, incident.id, {
        template: input.template,
        fields,
        level: incident.level,
        submittedBy: principal.userId,
      });
      // The due time is derived from it; the version is for the incident's state, which a SitRep does not change.
      const after = await this.incidents.update(tx, incident.id, { lastSitRepAt: tx.now }, false);
      this.record(
        tx,
        incident,
        IncidentAudit.sitRepSubmitted,
        `${incident.reference} SitRep ${sitRep.sequence} (${input.template.toLowerCase()})`,
        'incident_sitrep',
        sitRep.id,
        {
          after: { sequence: sitRep.sequence, template: input.template, level: incident.level, fields },
        },
      );
      await this.sitRepDue.schedule(tx, after);
      return toSitRep(sitRep);
    });
  }

  /** A command decision, by the person recording it; revisiting one records a new decision that references it. */
  recordDecision(principal: Principal, input: RecordCommandDecisionInput): Promise<CommandDecision> {
    return this.appended(principal, input.incidentId, 'decide', async (tx, { incident }) => {
      const decidedAt = input.decidedAt ?? tx.now;
      if (decidedAt.getTime() > tx.now.getTime()) throw DomainError.badInput('decidedAt', 'cannot be in the future');
      if (input.reviewAt && input.reviewAt.getTime() <= decidedAt.getTime())
        throw DomainError.badInput('reviewAt', 'must be after the decision');
      if (input.revisitsDecisionId) {
        const earlier = await this.store.findDecision(tx.manager, input.revisitsDecisionId);
        if (!earlier || earlier.incidentId !== incident.id)
          throw DomainError.badInput('revisitsDecisionId', 'is not a decision of this incident');
      }
      const decision = await this.store.insertDecision(tx, incident.id, {
        information: input.information,
        riskAssessment: input.riskAssessment,
        powersAndPolicy: input.powersAndPolicy,
        optionsConsidered: input.optionsConsidered,
        decision: input.decision,
        rationale: input.rationale,
        decidedBy: principal.userId as string,
        decidedAt,
        reviewAt: input.reviewAt ?? null,
        revisitsDecisionId: input.revisitsDecisionId ?? null,
        recordedBy: principal.userId,
      });
      this.record(
        tx,
        incident,
        IncidentAudit.decisionRecorded,
        `${incident.reference} decision${decision.revisitsDecisionId ? ' (revisiting an earlier one)' : ''}: ${decision.decision}`,
        'incident_decision',
        decision.id,
        {
          after: { ...input, decidedAt, incidentId: undefined },
        },
      );
      return toDecision(decision);
    });
  }

  /** A lesson identified (a declared incident needs one to close). */
  recordLesson(principal: Principal, input: RecordLessonInput): Promise<Lesson> {
    return this.appended(principal, input.incidentId, 'record', async (tx, { incident }) => {
      const lesson = await this.store.insertLesson(tx, incident.id, {
        whatHappened: input.whatHappened,
        whatToChange: input.whatToChange,
        ownerFunction: input.ownerFunction,
        recordedBy: principal.userId,
      });
      this.record(
        tx,
        incident,
        IncidentAudit.lessonRecorded,
        `${incident.reference} lesson identified (${input.ownerFunction}): ${input.whatToChange}`,
        'incident_lesson',
        lesson.id,
        {
          after: {
            whatHappened: input.whatHappened,
            whatToChange: input.whatToChange,
            ownerFunction: input.ownerFunction,
          },
        },
      );
      return toLesson(lesson);
    });
  }

  private appended<T>(
    principal: Principal,
    incidentId: string,
    action: IncidentAction,
    work: (tx: Transaction, opened: OpenedIncident) => Promise<T>,
  ): Promise<T> {
    return this.uow.run(
      async (tx) => {
        const opened = await this.gate.open(tx, principal, { id: incidentId }, action);
        const result = await work(tx, opened);
        this.live.changed(tx, incidentId);
        return result;
      },
      { actor: principal.actor },
    );
  }

  private record(
    tx: Transaction,
    incident: IncidentEntity,
    action: IncidentAuditAction,
    summary: string,
    entityType: string,
    entityId: string,
    changes: Record<string, unknown>,
  ): void {
    tx.record({
      action,
      organisationId: incident.leadOrganisationId,
      entityType,
      entityId,
      incidentId: incident.id,
      summary,
      changes,
    });
  }
}
