import { IncidentCategory } from '../../incident-category';
import { A, D, F, IcsTemplateSpec, R } from './template-spec';

export const DATA_BREACH_TEMPLATE: IcsTemplateSpec = {
  key: 'data-breach',
  title: 'Personal data breach',
  description:
    'Confidentiality, integrity or availability breach of personal data, including patient data. ' +
    'UK GDPR Articles 33 and 34 and the DSPT incident reporting guide.',
  categories: [IncidentCategory.DATA_BREACH],
  reviewIntervalMonths: 12,
  steps: [
    {
      key: 'log',
      title: 'Log the breach and record the time of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 60,
      instructions:
        'Every breach is recorded internally, reportable or not. The time the organisation became aware starts the 72-hour ICO clock.',
    },
    {
      key: 'contain',
      title: 'Contain the breach',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 120,
      instructions:
        'Recall misdirected email, revoke shared links, disable compromised accounts, ask recipients to delete and confirm in writing.',
    },
    {
      key: 'facts',
      title: 'Establish what data, how many people and records',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 480,
      after: ['log'],
      instructions:
        'Categories of data (special category? children? safeguarding?), approximate number of data subjects and records, and who could have seen it.',
    },
    {
      key: 'caldicott',
      title: 'Advise on the harm to patients and telling them',
      designation: D.CALDICOTT_GUARDIAN,
      minutes: 720,
      after: ['facts'],
      instructions:
        'The Caldicott Guardian advises on the likely harm to patients and whether and how they should be told.',
    },
    {
      key: 'grade',
      title: 'Grade the incident in the DSPT (likelihood × severity)',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 1440,
      after: ['facts'],
      instructions:
        'Likelihood 1–5 and severity 1–5 per the Guide to the Notification of Data Security and Protection Incidents. Record the grading and its rationale.',
    },
    {
      key: 'ico',
      title: 'Assess whether the breach is reportable to the ICO within 72 hours of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 2880,
      anchor: A.BREACH_AWARENESS,
      after: ['grade'],
      instructions:
        'If reportable, submit the DSPT incident report before the 72 hours run out; a late report gives the reasons for delay. Record the decision, rationale and legal basis.',
    },
    {
      key: 'siro',
      title: 'Decide on notifying the ICO',
      designation: D.SIRO,
      minutes: 2880,
      after: ['grade'],
      instructions:
        'The Senior Information Risk Owner confirms the reportability decision and any notification to data subjects.',
    },
    {
      key: 'subjects',
      title: 'Decide whether to tell the people affected (Art. 34)',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 4320,
      after: ['caldicott', 'grade'],
      instructions:
        'Tell data subjects without undue delay where the risk to them is high: what happened, likely consequences, what we are doing, who to contact (the DPO).',
    },
    {
      key: 'comms',
      title: 'Prepare reactive media lines',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 1440,
      mandatory: false,
      after: ['facts'],
      instructions:
        'Reactive only unless the SIRO decides otherwise; never name individuals; align with any letters to patients.',
    },
    {
      key: 'lessons',
      title: 'Record lessons and actions to prevent recurrence',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: null,
      after: ['ico'],
      instructions: 'Root cause, training needs, process changes; track the actions to closure.',
    },
  ],
};
