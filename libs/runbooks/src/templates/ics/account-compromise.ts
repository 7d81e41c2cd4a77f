import { IncidentCategory } from '../../incident-category';
import { A, F, IcsTemplateSpec, R } from './template-spec';

export const ACCOUNT_COMPROMISE_TEMPLATE: IcsTemplateSpec = {
  key: 'account-compromise',
  title: 'Email account compromise (NHSmail or local)',
  description:
    'A staff mailbox or account is taken over through phishing or credential theft and used to send mail or read data.',
  categories: [IncidentCategory.ACCOUNT_COMPROMISE],
  reviewIntervalMonths: 12,
  steps: [
    {
      key: 'lock',
      title: 'Lock the account and revoke sessions',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 15,
      instructions:
        'Reset the password, revoke refresh tokens and app passwords, remove attacker-registered MFA methods. For NHSmail, use the Local Administrator or the NHSmail helpdesk.',
    },
    {
      key: 'rules',
      title: 'Remove malicious forwarding and inbox rules',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 30,
      after: ['lock'],
      instructions: 'Check auto-forwarding, delegated access and rules that hide replies.',
    },
    {
      key: 'recall',
      title: 'Find and recall phishing mail sent from the account',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 60,
      after: ['lock'],
      instructions:
        "Search the message trace; warn recipients inside and outside the NHS; block the attacker's links and domains.",
    },
    {
      key: 'csoc',
      title: "Report to NHS England's Cyber Security Operations Centre (CSOC) and NHSmail",
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 60,
      after: ['lock'],
      instructions: 'Share the phishing email and sender details: the campaign may target other organisations.',
    },
    {
      key: 'read',
      title: 'Establish which mail and files the attacker could read',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 480,
      after: ['lock'],
      instructions: 'Mailbox audit log (MailItemsAccessed), OneDrive and SharePoint access; time window of compromise.',
    },
    {
      key: 'breach',
      title: 'Assess the personal data exposed',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 720,
      after: ['read'],
      instructions:
        'Patient letters, referrals, HR cases in the mailbox: categories, number of subjects, special category data.',
    },
    {
      key: 'ico',
      title: 'Assess whether the breach is reportable to the ICO within 72 hours of awareness',
      function: F.INFORMATION_GOVERNANCE,
      role: R.IG_OFFICER,
      minutes: 2880,
      anchor: A.BREACH_AWARENESS,
      after: ['breach'],
      instructions: 'DSPT grading and report if reportable; record the rationale either way.',
    },
    {
      key: 'user',
      title: 'Support the member of staff',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 240,
      mandatory: false,
      after: ['lock'],
      instructions:
        'Explain what happened without blame; check their other accounts and personal devices used for work.',
    },
    {
      key: 'warn',
      title: 'Warn staff about the phishing campaign',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 120,
      after: ['recall'],
      instructions: 'Screenshot of the lure, how to report suspicious mail (spamreports@nhs.net), no blame.',
    },
    {
      key: 'fraud',
      title: 'Alert finance to payment diversion attempts',
      function: F.EXECUTIVE_ON_CALL,
      role: R.INCIDENT_COMMANDER,
      minutes: 240,
      mandatory: false,
      after: ['read'],
      instructions:
        'Compromised mailboxes are used for invoice and bank-detail fraud: verify any change of supplier bank details by phone.',
    },
  ],
};
