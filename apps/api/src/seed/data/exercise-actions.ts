import { TeamFunction } from '@muster/identity';

/** Where a demo exercise action stands: done (with evidence), under way, overdue, blocked, or open and not yet due. */
export type ActionState = 'done' | 'inProgress' | 'overdue' | 'blocked' | 'open';

export interface DemoAction {
  ods: string;
  function: TeamFunction;
  title: string;
  state: ActionState;
  /** Due this many days from now (negative: in the past). */
  dueInDays: number;
  /** Evidence of a done action, or the reason an action is blocked. */
  words?: string;
}

const { INFORMATION_GOVERNANCE: IG, EPRR, DIGITAL, COMMUNICATIONS } = TeamFunction;

/**
 * The 22 actions of the ICS cyber crisis simulation, by finding (in the order of the
 * exercises seed's findings), across IG, EPRR, digital and communications teams of six
 * organisations: 9 done with evidence, 4 under way, 5 overdue, 1 blocked (Stoke-on-Trent
 * cannot appoint an IG officer yet) and 3 not yet due. Overdue actions sit only with
 * organisations whose plans already show gaps, so readiness adds words, not red cells.
 */
export const CYBER_SIMULATION_ACTIONS: DemoAction[][] = [
  [
    {
      ods: 'RJE',
      function: EPRR,
      title: 'Re-issue the out-of-hours on-call list and test every number',
      state: 'done',
      dueInDays: -30,
      words: 'Re-issued; all 42 numbers answered in the test call',
    },
    {
      ods: 'RRE',
      function: EPRR,
      title: 'Re-issue the out-of-hours on-call list and test every number',
      state: 'done',
      dueInDays: -30,
      words: 'Re-issued and tested by the EPRR team',
    },
    {
      ods: 'RLY',
      function: EPRR,
      title: 'Re-issue the out-of-hours on-call list and test every number',
      state: 'inProgress',
      dueInDays: 10,
    },
    { ods: 'RJE', function: IG, title: 'Put IG on-call on the trust on-call rota', state: 'overdue', dueInDays: -14 },
  ],
  [
    {
      ods: 'QNC',
      function: IG,
      title: 'Issue ICS guidance: one ICO decision per data controller',
      state: 'done',
      dueInDays: -21,
      words: 'Guidance issued to every IG lead; briefed at the IG network',
    },
    {
      ods: 'RJE',
      function: IG,
      title: "Name the SIRO's deputy for out-of-hours breach decisions",
      state: 'done',
      dueInDays: -21,
      words: 'Deputy SIRO named in the on-call pack',
    },
    {
      ods: 'E10000028',
      function: IG,
      title: 'Agree with the pathology supplier who tells whom within 24 hours (Art. 33(2))',
      state: 'overdue',
      dueInDays: -10,
    },
    {
      ods: 'E06000021',
      function: IG,
      title: 'Appoint an IG officer and a deputy',
      state: 'blocked',
      dueInDays: -10,
      words: "Post awaiting approval by the council's recruitment panel",
    },
  ],
  [
    {
      ods: 'RJE',
      function: EPRR,
      title: 'Lodge printed copies of the ransomware plan in the site control rooms',
      state: 'done',
      dueInDays: -35,
      words: 'Copies lodged at Royal Stoke and County Hospital control rooms',
    },
    {
      ods: 'RJE',
      function: DIGITAL,
      title: 'Keep a copy of every plan outside the corporate network',
      state: 'inProgress',
      dueInDays: 14,
    },
  ],
  [
    {
      ods: 'E10000028',
      function: EPRR,
      title: 'Add hospital discharge flows to the business impact analysis',
      state: 'inProgress',
      dueInDays: 20,
    },
    {
      ods: 'E06000021',
      function: EPRR,
      title: 'Add hospital discharge flows to the business impact analysis',
      state: 'overdue',
      dueInDays: -7,
    },
  ],
  [
    {
      ods: 'QNC',
      function: EPRR,
      title: 'Issue one ICS SitRep template and brief every organisation',
      state: 'done',
      dueInDays: -28,
      words: 'Template issued; briefing held with all EPRR leads',
    },
    {
      ods: 'RRE',
      function: EPRR,
      title: 'Use the ICS SitRep template in the next exercise',
      state: 'open',
      dueInDays: 30,
    },
  ],
  [
    {
      ods: 'RJE',
      function: DIGITAL,
      title: 'Time a full EPR restore from backup in the test environment',
      state: 'overdue',
      dueInDays: -7,
    },
    {
      ods: 'RJE',
      function: DIGITAL,
      title: "Record the measured recovery time in the trust's plans",
      state: 'open',
      dueInDays: 21,
    },
  ],
  [
    {
      ods: 'QNC',
      function: COMMUNICATIONS,
      title: 'Pre-approve holding lines for patients and GP practices',
      state: 'done',
      dueInDays: -35,
      words: 'Holding lines approved by the ICB communications director',
    },
    {
      ods: 'RLY',
      function: COMMUNICATIONS,
      title: 'Agree an out-of-hours spokesperson rota',
      state: 'inProgress',
      dueInDays: 12,
    },
    {
      ods: 'RRE',
      function: COMMUNICATIONS,
      title: 'Agree an out-of-hours spokesperson rota',
      state: 'done',
      dueInDays: -14,
      words: 'Rota published on the on-call page',
    },
  ],
  [
    {
      ods: 'E06000021',
      function: DIGITAL,
      title: 'Route SOC high-severity alerts to a monitored on-call phone',
      state: 'overdue',
      dueInDays: -21,
    },
    {
      ods: 'E10000028',
      function: DIGITAL,
      title: 'Route SOC high-severity alerts to a monitored on-call phone',
      state: 'done',
      dueInDays: -21,
      words: 'Alerts now page the ICT on-call; tested with the SOC',
    },
    {
      ods: 'QNC',
      function: DIGITAL,
      title: "Confirm the councils' alert contacts with the SOC each quarter",
      state: 'open',
      dueInDays: 45,
    },
  ],
];
