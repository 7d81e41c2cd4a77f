import { IncidentCategory } from '../../incident-category';
import { D, F, IcsTemplateSpec, R } from './template-spec';

export const EPR_OUTAGE_TEMPLATE: IcsTemplateSpec = {
  key: 'epr-outage',
  title: 'Electronic patient record (EPR) outage',
  description:
    'Unplanned loss of the electronic patient record or a critical clinical system for more than 30 minutes, whatever the cause.',
  categories: [IncidentCategory.IT_OUTAGE],
  reviewIntervalMonths: 12,
  steps: [
    {
      key: 'triage',
      title: "Confirm the outage, its extent and the supplier's estimate",
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 15,
      instructions:
        'Which sites and modules; log a priority-1 call with the EPR supplier and get an estimated time to restore.',
    },
    {
      key: 'cyber',
      title: 'Rule out a cyber cause',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 60,
      after: ['triage'],
      instructions:
        'Check for ransomware indicators and unusual authentication; if in doubt switch to the ransomware runbook.',
    },
    {
      key: 'declare',
      title: 'Decide the incident level and who commands',
      designation: D.STRATEGIC_ON_CALL,
      minutes: 30,
      after: ['triage'],
      instructions: 'Critical incident if the outage will exceed 4 hours or affects emergency care.',
    },
    {
      key: 'downtime',
      title: 'Invoke downtime procedures on every affected ward',
      designation: D.TACTICAL_ON_CALL,
      minutes: 30,
      after: ['triage'],
      instructions:
        'Downtime boxes, paper observation charts and prescriptions; use the last read-only downtime extract for current medications and allergies.',
    },
    {
      key: 'ed',
      title: 'Protect emergency department flow',
      function: F.CLINICAL,
      role: R.RESPONDER,
      minutes: 45,
      after: ['downtime'],
      instructions:
        'Manual tracking board, paper requests for pathology and radiology, phone results for critical values.',
    },
    {
      key: 'methane',
      title: 'Notify the ICB on-call with a METHANE report',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: 60,
      after: ['declare'],
      instructions: 'Include expected duration and whether ambulance diverts or mutual aid may be needed.',
    },
    {
      key: 'staff',
      title: 'Cascade downtime instructions to staff',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 45,
      after: ['declare'],
      instructions: "Switchboard announcement, text cascade, printed instructions at every nurses' station.",
    },
    {
      key: 'sitrep',
      title: 'Report status hourly to incident command',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 90,
      after: ['declare'],
      instructions: 'Supplier updates, restoration progress, workarounds in place.',
    },
    {
      key: 'availability',
      title: 'Record the loss of availability as a possible data incident',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 1440,
      after: ['triage'],
      instructions:
        'A prolonged loss of access to records is a personal data breach (availability): log it and grade it in the DSPT.',
    },
    {
      key: 'restore',
      title: 'Validate the restored system before go-live',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: null,
      after: ['sitrep'],
      instructions:
        'Test logins, interfaces (pathology, radiology, pharmacy), and data written just before the outage.',
    },
    {
      key: 'backentry',
      title: 'Back-enter paper records with clinical validation',
      function: F.CLINICAL,
      role: R.RESPONDER,
      minutes: null,
      after: ['restore'],
      instructions: 'Prioritise medicines given, results acted on, and admissions and discharges during the outage.',
    },
    {
      key: 'lessons',
      title: 'Hold a hot debrief and record actions',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: null,
      mandatory: false,
      after: ['backentry'],
      instructions: 'Within 48 hours of restoration; actions go to the EPRR action log.',
    },
  ],
  version2: {
    afterKey: 'downtime',
    note: 'Version 2 adds the pharmacy step after a near miss in an exercise.',
    steps: [
      {
        key: 'pharmacy',
        title: 'Switch pharmacy to paper prescribing and dispensing',
        function: F.CLINICAL,
        role: R.RESPONDER,
        minutes: 60,
        after: ['downtime'],
        instructions:
          "Time-critical medicines first (insulin, anticoagulants, Parkinson's medicines); check allergies from the downtime extract.",
      },
    ],
  },
};
