import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import {
  BreachAwareness,
  BreachAwarenessKnown,
  BreachAwarenessListener,
  IncidentChange,
  IncidentStatus,
  IncidentWatcher,
  IncidentWatchers,
} from '@muster/incidents';
import { CyberAlertWatchers, UnacknowledgedCyberAlert } from '@muster/posture';
import { OnCallDuty } from '../duty';
import { PageStore } from './page.store';
import { PageTrigger } from './page.types';
import { PagesService } from './pages.service';

/** From this response level, a declared incident is coordinated by the ICB (EPRR Framework): its strategic on-call is paged. */
export const ICB_STRATEGIC_FROM_LEVEL = 2;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The events that page, registered with the registries the lower domains expose (never an
 * import upwards): an incident reported → the lead organisation's operational (bronze)
 * on-call; declared at level 2 or more (or raised to it once declared) → the ICB's strategic
 * (gold) on-call; an IG thread opened (its breach awareness known) → the organisation's IG
 * on-call. Each pages only an organisation that keeps a rota or policy for the duty, once per
 * incident, in the event's unit of work. A high-severity NHS cyber alert an organisation has
 * not acknowledged CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS (24) after issue pages its Cyber/SOC
 * on-call, through posture's `CyberAlertWatchers` (once per response: the job that tells is
 * keyed by it).
 */
@Injectable()
export class PageTriggers implements OnModuleInit, IncidentWatcher, BreachAwarenessListener {
  constructor(
    private readonly incidents: IncidentWatchers,
    private readonly awareness: BreachAwareness,
    private readonly cyberAlerts: CyberAlertWatchers,
    private readonly pages: PagesService,
    private readonly store: PageStore,
  ) {}

  onModuleInit(): void {
    this.incidents.register(this);
    this.awareness.register(this);
    this.cyberAlerts.register((tx, alert) => this.cyberAlertUnacknowledged(tx, alert));
  }

  async cyberAlertUnacknowledged(tx: Transaction, alert: UnacknowledgedCyberAlert): Promise<void> {
    await this.pages.raiseForEvent(tx, {
      organisationId: alert.organisationId,
      duty: OnCallDuty.CYBER_SOC,
      incidentId: null,
      incidentReference: null,
      trigger: PageTrigger.CYBER_ALERT,
      message: cut(`NHS cyber alert ${alert.reference} not acknowledged: ${alert.title}`, 500),
    });
  }

  async incidentChanged(tx: Transaction, c: IncidentChange): Promise<void> {
    if (c.action === 'report') {
      await this.pages.raiseForEvent(tx, {
        organisationId: c.leadOrganisationId,
        duty: OnCallDuty.OPERATIONAL,
        incidentId: c.incidentId,
        incidentReference: c.reference,
        trigger: PageTrigger.INCIDENT_REPORTED,
        message: cut(`${c.reference} reported: ${c.title}`, 500),
      });
      return;
    }
    const declaredHigh =
      c.status === IncidentStatus.DECLARED &&
      c.level >= ICB_STRATEGIC_FROM_LEVEL &&
      (c.previousStatus !== IncidentStatus.DECLARED || (c.previousLevel ?? 0) < ICB_STRATEGIC_FROM_LEVEL);
    if (!declaredHigh) return;
    for (const icbId of await this.store.icbsKeeping(tx.manager, OnCallDuty.STRATEGIC))
      await this.pages.raiseForEvent(tx, {
        organisationId: icbId,
        duty: OnCallDuty.STRATEGIC,
        incidentId: c.incidentId,
        incidentReference: c.reference,
        trigger: PageTrigger.INCIDENT_DECLARED,
        message: cut(`${c.reference} declared at level ${c.level}: ${c.title}`, 500),
      });
  }

  async awarenessKnown(tx: Transaction, known: BreachAwarenessKnown): Promise<void> {
    const incident = await this.store.incidentOf(tx.manager, known.incidentId);
    await this.pages.raiseForEvent(tx, {
      organisationId: known.organisationId,
      duty: OnCallDuty.IG,
      incidentId: known.incidentId,
      incidentReference: incident?.reference ?? null,
      trigger: PageTrigger.IG_THREAD_OPENED,
      message: `IG thread opened on ${incident?.reference ?? 'an incident'}: the 72-hour clock is running`,
    });
  }
}
