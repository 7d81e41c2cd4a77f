import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { IncidentCategory } from '../../incident-category';
import { StepClockAnchor } from '../../steps/step-clock-anchor';

/** One step of an ICS template, as demo data: `after` names earlier steps by key. */
export interface TemplateStepSpec {
  key: string;
  title: string;
  /** Who carries it out: a role within a function, or (`designation`) a designated person. */
  function?: TeamFunction;
  role?: Role;
  designation?: Designation;
  /** Target time in minutes, from the declaration unless `anchor` says otherwise. */
  minutes: number | null;
  anchor?: StepClockAnchor;
  mandatory?: boolean;
  after?: string[];
  instructions: string;
}

/** An ICS template runbook published by the ICB; `version2` steps arrive in a later version. */
export interface IcsTemplateSpec {
  key: string;
  title: string;
  description: string;
  categories: IncidentCategory[];
  reviewIntervalMonths: number;
  steps: TemplateStepSpec[];
  /** Steps added by version 2 of the template (inserted after the step named by `afterKey`). */
  version2?: { afterKey: string; steps: TemplateStepSpec[]; note: string };
}

export const F = TeamFunction;
export const R = Role;
export const D = Designation;
export const A = StepClockAnchor;
