import { IncidentCategory } from '../../incident-category';
import { D, F, IcsTemplateSpec, R } from './template-spec';

export const DDOS_TEMPLATE: IcsTemplateSpec = {
  key: 'ddos',
  title: 'Distributed denial of service against public or clinical services',
  description:
    'Loss of internet-facing services (website, patient portal, remote access, HSCN links) under a denial-of-service attack.',
  categories: [IncidentCategory.DDOS],
  reviewIntervalMonths: 12,
  steps: [
    {
      key: 'detect',
      title: 'Confirm the attack and the services affected',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 15,
      instructions:
        'Distinguish an attack from an outage: traffic volumes, sources, which services and links are saturated.',
    },
    {
      key: 'isp',
      title: 'Engage the internet and HSCN providers for upstream filtering',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 30,
      after: ['detect'],
      instructions:
        "Call the provider's NOC with the contract reference; request scrubbing or blackholing of attack sources.",
    },
    {
      key: 'csoc',
      title: "Report to NHS England's Cyber Security Operations Centre (CSOC)",
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 60,
      after: ['detect'],
      instructions: 'The CSOC can see whether other NHS organisations are targeted and share indicators.',
    },
    {
      key: 'declare',
      title: 'Decide the incident level',
      designation: D.STRATEGIC_ON_CALL,
      minutes: 60,
      after: ['detect'],
      instructions:
        'Usually a business continuity incident; critical if remote clinical access or HSCN links for clinical systems are lost.',
    },
    {
      key: 'priority',
      title: 'Protect priority clinical connections',
      function: F.DIGITAL,
      role: R.RESPONDER,
      minutes: 60,
      after: ['isp'],
      instructions:
        'Keep HSCN routes to national services (Spine, e-RS, EPS) open; shed non-essential inbound services first.',
    },
    {
      key: 'patients',
      title: 'Tell patients how to reach services while the website is down',
      function: F.COMMUNICATIONS,
      role: R.RESPONDER,
      minutes: 120,
      after: ['declare'],
      instructions: 'Social media and partner channels: phone numbers, NHS 111, attend as planned.',
    },
    {
      key: 'clinical',
      title: 'Check remote clinical work and community staff can still operate',
      function: F.CLINICAL,
      role: R.RESPONDER,
      minutes: 120,
      after: ['declare'],
      instructions:
        'Community teams on mobile devices, remote radiology reporting, video consultations: switch to fallbacks.',
    },
    {
      key: 'methane',
      title: 'Send the METHANE report to the ICB on-call if critical',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: 90,
      mandatory: false,
      after: ['declare'],
      instructions: 'Only when the incident is declared critical or major.',
    },
    {
      key: 'diversion',
      title: 'Check the attack is not a diversion',
      function: F.CYBER_SOC,
      role: R.RESPONDER,
      minutes: 240,
      after: ['csoc'],
      instructions: 'Review authentication and endpoint alerts during the attack window: DDoS can cover an intrusion.',
    },
    {
      key: 'standdown',
      title: 'Stand down and record lessons',
      function: F.EPRR,
      role: R.EPRR_LEAD,
      minutes: null,
      after: ['priority'],
      instructions: 'Capacity, provider response times and communications that worked; actions to closure.',
    },
  ],
  version2: {
    afterKey: 'priority',
    note: 'Version 2 adds the HSCN service desk after an exercise found nobody told it.',
    steps: [
      {
        key: 'hscn',
        title: 'Tell the HSCN service desk which links are saturated',
        function: F.DIGITAL,
        role: R.RESPONDER,
        minutes: 60,
        after: ['priority'],
        instructions:
          'NHS England runs the Health and Social Care Network: give the circuit references, so it can act with the other HSCN providers.',
      },
    ],
  },
};
