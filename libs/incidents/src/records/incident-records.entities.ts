import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TeamFunction } from '@muster/identity';
import { SitRepTemplate } from '../incidents/incident-enums';

/** One revision of the METHANE (or, below major, ETHANE) report; revisions are appended, never changed. */
@Entity({ name: 'incident_methane' })
export class IncidentMethaneEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'major_incident_declared', type: 'boolean' })
  majorIncidentDeclared: boolean;

  @Column({ name: 'exact_location', type: 'text' })
  exactLocation: string;

  @Column({ name: 'type_of_incident', type: 'text' })
  typeOfIncident: string;

  @Column({ type: 'text' })
  hazards: string;

  @Column({ type: 'text' })
  access: string;

  @Column({ name: 'number_of_casualties', type: 'text' })
  numberOfCasualties: string;

  @Column({ name: 'emergency_services', type: 'text' })
  emergencyServices: string;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/** A situation report from one of the templates; every field of the template filled. */
@Entity({ name: 'incident_sitrep' })
export class IncidentSitRepEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'text' })
  template: SitRepTemplate;

  @Column({ type: 'jsonb' })
  fields: Record<string, string>;

  /** The response level when it was written (the cadence it answered). */
  @Column({ type: 'int' })
  level: number;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/** A command decision (JESIP Joint Decision Model); revisited by a new one that references it. */
@Entity({ name: 'incident_decision' })
export class IncidentDecisionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ type: 'text' })
  information: string;

  @Column({ name: 'risk_assessment', type: 'text' })
  riskAssessment: string;

  @Column({ name: 'powers_and_policy', type: 'text' })
  powersAndPolicy: string;

  @Column({ name: 'options_considered', type: 'text' })
  optionsConsidered: string;

  @Column({ type: 'text' })
  decision: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ name: 'review_at', type: 'timestamptz', nullable: true })
  reviewAt: Date | null;

  @Column({ name: 'revisits_decision_id', type: 'uuid', nullable: true })
  revisitsDecisionId: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A lesson identified: what happened, what to change, which function owns the change. */
@Entity({ name: 'incident_lesson' })
export class IncidentLessonEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ name: 'what_happened', type: 'text' })
  whatHappened: string;

  @Column({ name: 'what_to_change', type: 'text' })
  whatToChange: string;

  @Column({ name: 'owner_function', type: 'text' })
  ownerFunction: TeamFunction;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
