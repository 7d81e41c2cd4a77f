import { IncidentCategory } from '../../incident-category';
import { A, D, F, IcsTemplateSpec, R } from './template-spec';

export const SUPPLIER_COMPROMISE_TEMPLATE: IcsTemplateSpec = {
  key: 'supplier-compromise',
  title: 'Supplier or third-party compromise',
  description:
    'A supplier of clinical or corporate services (pathology, EPR hosting, payroll, IT managed service) suffers a cyber incident ' +
    'that affects, or may affect, our services or data.',
  categories: [IncidentCategory.SUPPLIER_COMPROMISE],
  reviewIntervalMonths: 12,
  steps: [
    {
      key: 'confirm',
      title: 'Confirm the supplier incident and its scope with the supplier',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 60,
      instructions:
        'Use the contract incident contact. Ask: which services, since when, is our data involved, is the connection to us still open?',
    },
    {
      key: 'sever',
      title: 'Suspend connections and accounts shared with the supplier',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 60,
      after: ['confirm'],
      instructions:
        'VPNs, API keys, remote-support accounts and file transfers. Monitor for activity from supplier address ranges.',
    },
    {
      key: 'csoc',
      title: "Notify NHS England's Cyber Security Operations Centre (CSOC)",
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 120,
      after: ['confirm'],
      instructions:
        'The CSOC coordinates when a supplier serves several NHS organisations; share what the supplier has told you.',
    },
    {
      key: 'declare',
      title: 'Decide the incident level and command arrangements',
      designation: D.STRATEGIC_ON_CALL,
      minutes: 90,
      after: ['confirm'],
      instructions:
        'Business continuity incident unless clinical services are lost; record the decision in the decision log.',
    },
    {
      key: 'continuity',
      title: 'Invoke business continuity plans for the lost service',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: 120,
      after: ['declare'],
      instructions:
        "Pathology: urgent-only requesting and phone results. Payroll: previous month's run. Hosting: downtime procedures.",
    },
    {
      key: 'clinical',
      title: 'Assess clinical risk of the service loss',
      function: F.CLINICAL,
      role: R.RESPONDER,
      minutes: 180,
      after: ['continuity'],
      instructions: 'Which patients are at risk from delayed results or records; what needs clinical prioritisation.',
    },
    {
      key: 'processor',
      title: 'Establish whether our personal data was affected (processor breach)',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 720,
      after: ['confirm'],
      instructions:
        'The supplier as processor must tell us without undue delay; we as controller decide on ICO reporting. The 72 hours run from our awareness.',
    },
    {
      key: 'nis',
      title: 'Notify NHS England under the NIS Regulations 2018 within 72 hours of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 4320,
      anchor: A.BREACH_AWARENESS,
      after: ['continuity'],
      instructions:
        "An operator of essential services must notify the competent authority of an incident with a significant impact on the continuity of its essential service, a supplier's included, without undue delay and no later than 72 hours after becoming aware of it. Report through the DSPT incident reporting tool (NHS England, for DHSC as competent authority for health in England); a supplier that is a relevant digital service provider notifies the ICO itself.",
    },
    {
      key: 'ico',
      title: 'Assess whether the breach is reportable to the ICO within 72 hours of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 2880,
      anchor: A.BREACH_AWARENESS,
      after: ['processor'],
      instructions:
        'Grade in the DSPT and record the decision; coordinate wording with other affected NHS controllers through the ICB.',
    },
    {
      key: 'contract',
      title: 'Invoke contractual incident and assurance clauses',
      function: F.EXECUTIVE_ON_CALL,
      role: R.ORG_ADMIN,
      minutes: 1440,
      mandatory: false,
      after: ['confirm'],
      instructions:
        "Request the supplier's incident report, forensic findings and evidence of clean restoration before reconnection.",
    },
    {
      key: 'holding',
      title: 'Issue a holding line agreed with the supplier and the ICB',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 240,
      after: ['declare'],
      instructions: 'Attribute the incident to the supplier only once they have said so publicly.',
    },
    {
      key: 'reconnect',
      title: 'Reconnect only after assurance',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: null,
      after: ['sever', 'contract'],
      instructions: 'Fresh credentials, a clean bill of health from the supplier, monitoring in place for 30 days.',
    },
  ],
};
