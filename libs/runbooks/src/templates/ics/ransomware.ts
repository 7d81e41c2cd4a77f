import { IncidentCategory } from '../../incident-category';
import { A, D, F, IcsTemplateSpec, R } from './template-spec';

export const RANSOMWARE_TEMPLATE: IcsTemplateSpec = {
  key: 'ransomware',
  title: 'Ransomware attack on clinical or corporate systems',
  description:
    'Response to encryption or extortion malware affecting systems of the organisation or a shared ICS service. ' +
    'Aligned with the NHS England EPRR framework, JESIP METHANE reporting and the NHS England CSOC incident process.',
  categories: [IncidentCategory.RANSOMWARE],
  reviewIntervalMonths: 12,
  steps: [
    {
      key: 'isolate',
      title: 'Isolate affected devices and network segments',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 15,
      instructions:
        'Disconnect affected endpoints from the network (do not power off: memory evidence matters). Block lateral movement at the firewall; disable affected service accounts.',
    },
    {
      key: 'csoc',
      title: "Report to NHS England's Cyber Security Operations Centre (CSOC) and request support",
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 30,
      after: ['isolate'],
      instructions:
        'Call the NHS England Cyber Security Operations Centre 24/7 line and log the incident reference. Share indicators of compromise; ask whether other organisations are affected.',
    },
    {
      key: 'declare',
      title: 'Declare the incident level and stand up incident command',
      designation: D.STRATEGIC_ON_CALL,
      minutes: 30,
      instructions:
        'The strategic (gold) on-call commander decides business continuity, critical or major incident and the response level (1–4). Name the tactical and operational commanders and open the decision log.',
    },
    {
      key: 'methane',
      title: 'Send the METHANE report to the ICB on-call',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: 45,
      after: ['declare'],
      instructions:
        'Major incident declared? Exact location (sites, systems). Type of incident. Hazards (spread, data exfiltration). Access (what still works). Number and type of casualties: patients, services and systems affected. Emergency services: CSOC, NCSC, police (Action Fraud), suppliers.',
    },
    {
      key: 'downtime',
      title: 'Invoke clinical downtime procedures',
      designation: D.TACTICAL_ON_CALL,
      minutes: 60,
      after: ['declare'],
      instructions:
        'Switch affected wards and departments to paper records and downtime forms. Print current patient lists from the last good extract; confirm medicines administration continues safely.',
    },
    {
      key: 'scope',
      title: 'Establish scope: systems, data and backups affected',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 120,
      after: ['isolate'],
      instructions:
        'List encrypted systems, the earliest known compromise, and whether backups are intact and offline. Preserve logs and a sample of encrypted files and the ransom note.',
    },
    {
      key: 'breach',
      title: 'Assess whether personal data was exfiltrated or made unavailable',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 240,
      after: ['scope'],
      instructions:
        'Loss of availability of patient records is a personal data breach. Record the time of awareness: the 72-hour ICO and NIS clocks start there.',
    },
    {
      key: 'ico',
      title: 'Assess whether the breach is reportable to the ICO within 72 hours of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 1440,
      anchor: A.BREACH_AWARENESS,
      after: ['breach'],
      instructions:
        'Grade the incident in the DSPT (likelihood × severity). If reportable, submit the DSPT incident report, which notifies the ICO and NHS England; record the rationale either way.',
    },
    {
      key: 'caldicott',
      title: 'Advise on patient confidentiality and telling patients',
      designation: D.CALDICOTT_GUARDIAN,
      minutes: 240,
      after: ['breach'],
      instructions:
        'The Caldicott Guardian advises on the likely harm to patients from the loss or exposure of their records, and whether and how they should be told.',
    },
    {
      key: 'siro',
      title: 'Decide on notifying the ICO and NHS England',
      designation: D.SIRO,
      minutes: 1440,
      after: ['ico', 'caldicott'],
      instructions:
        "The Senior Information Risk Owner owns the information risk decision: whether the breach is reported to the ICO (and through the DSPT to NHS England), on the IG assessment and the Caldicott Guardian's advice. Record the decision and rationale.",
    },
    {
      key: 'nis',
      title: 'Notify NHS England under the NIS Regulations 2018 within 72 hours of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 4320,
      anchor: A.BREACH_AWARENESS,
      after: ['scope'],
      instructions:
        'An operator of essential services (NHS trusts providing essential health services) must notify the competent authority of an incident with a significant impact on the continuity of its essential service without undue delay and no later than 72 hours after becoming aware of it. Report through the DSPT incident reporting tool, which reaches NHS England (acting for DHSC as competent authority for health in England); say what is known and update as it changes.',
    },
    {
      key: 'ransom',
      title: 'Record the decision not to engage with the ransom demand',
      designation: D.STRATEGIC_ON_CALL,
      minutes: 240,
      after: ['declare'],
      instructions:
        'NHS and government policy is not to pay. Log the decision, rationale and who took it; route any contact from the attacker to the police and NCSC.',
    },
    {
      key: 'holding',
      title: 'Issue the communications holding line',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 90,
      after: ['declare'],
      instructions:
        'Use the pre-approved holding statement: services are affected, patients should attend appointments unless contacted, no speculation about cause or data. Align with the ICB and NHS England regional comms.',
    },
    {
      key: 'staff',
      title: 'Tell staff what to do and what not to do',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 120,
      after: ['holding'],
      instructions:
        'By a channel that does not depend on affected systems (text cascade, NHSmail on mobiles): do not log in to affected systems, report suspicious emails, follow downtime procedures.',
    },
    {
      key: 'mutual',
      title: 'Agree mutual aid and patient flow with system partners',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: 180,
      after: ['methane'],
      instructions:
        'Through the ICB: diverts, pathology and imaging support from neighbouring trusts, ambulance handover arrangements.',
    },
    {
      key: 'sitrep',
      title: 'Submit SitReps at the agreed rhythm',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: 240,
      after: ['methane'],
      instructions:
        'Conditions, actions, needs — to the ICB incident coordination centre at the times it sets (usually twice daily).',
    },
    {
      key: 'restore',
      title: 'Restore from clean backups in priority order',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 2880,
      after: ['scope'],
      instructions:
        'Rebuild from known-good images; restore clinical systems first (EPR, pathology, radiology, e-prescribing). Change all privileged credentials before reconnecting.',
    },
    {
      key: 'recover',
      title: 'Reconcile paper records back into systems',
      function: F.CLINICAL,
      role: R.RESPONDER,
      minutes: null,
      mandatory: false,
      after: ['restore'],
      instructions:
        'Back-enter downtime records with clinical validation of results and medicines given during the outage.',
    },
  ],
  version2: {
    afterKey: 'csoc',
    note: 'Version 2 adds the NCSC report after national guidance changed.',
    steps: [
      {
        key: 'ncsc',
        title: 'Report to the NCSC and Action Fraud',
        function: F.CYBER_SOC,
        role: R.RESPONDER,
        minutes: 120,
        after: ['csoc'],
        instructions:
          'Report through the NCSC incident portal (the CSOC can do this on your behalf) and to Action Fraud for a crime reference number.',
      },
    ],
  },
};
