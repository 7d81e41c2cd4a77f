import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CredentialStrategies, Principal } from '@muster/platform-access';
import type { GraphqlContext } from '@muster/platform-graphql';
import { IncidentLoaders } from '../incidents.loaders';
import { toIncident } from '../incidents.mappers';
import { IncidentAccess, IncidentSight } from '../incidents/incident.access';
import { sightOf } from '../incidents/incident-scene';
import { IncidentStore } from '../incidents/incident.store';
import { Incident } from '../incidents/incident.types';
import { TimelineService } from '../timeline/timeline.service';
import { TimelineEntry } from '../timeline/timeline.types';
import { CREDENTIALS_ENDED, Delivery, SharedDelivery } from './incident-stream';

/** An incident as read once for every subscriber of an event in this process. */
interface SharedRead {
  incident: Incident;
  sight: IncidentSight;
  /** Every ICB of the ICS (a subscriber's ICB candidates are matched against them). */
  icbIds: readonly string[];
  /** What the deliveries' loaders are shared through (renewRequestLoaders), primed with the incident's scene. */
  shared: object;
}

/** The reads gather every delivery asked for until the event loop's next turn. */
const nextTurn = (run: () => void) => void setImmediate(run);

/**
 * Delivers a changed incident to its subscribers in this process at a cost that does not
 * grow with their number. Every subscriber's stream asks at delivery (`asSeen`), and the
 * deliveries asked for in one turn of the event loop — those of one event, as the live
 * events reach every listener at once — are answered together:
 * - the credentials of each subscriber judged again as the database says now
 *   (CredentialStrategies.recheck: one statement for all of them), so a lapsed token, a
 *   sign-out, a deactivation or a revoked key ends the stream at this very event;
 * - the incident read once (one statement: row, scene, every ICB), and what each may see
 *   judged in memory from their principal as just rebuilt — the same rule as every read
 *   (IncidentAccess.canSee), so one who may not see it now receives nothing;
 * - its nested fields read once for all of them (SharedDelivery: loaders primed with the
 *   scene and shared by this event's deliveries only, so nothing is older than the event).
 */
@Injectable()
export class IncidentDeliveries {
  private readonly reads: DataLoader<string, SharedRead | null>;
  /** Keyed `incidentId afterId`: subscribers in step (the same last entry) share one read. */
  private readonly entries: DataLoader<string, TimelineEntry[]>;

  constructor(
    private readonly db: DataSource,
    private readonly store: IncidentStore,
    private readonly loaders: IncidentLoaders,
    private readonly credentials: CredentialStrategies,
    private readonly timeline: TimelineService,
  ) {
    const batch = { cache: false, batchScheduleFn: nextTurn } as const;
    this.reads = new DataLoader((ids) => this.readAll(ids), batch);
    this.entries = new DataLoader((keys) => this.entriesOf(keys), batch);
  }

  /** The incident for this subscriber as it is now: nothing when out of their sight, the end when their credentials lapsed. */
  async asSeen(ctx: GraphqlContext, incidentId: string): Promise<Delivery<Incident>> {
    // Both asked in the same turn: every subscriber of the event joins the same two batches.
    const [now, read] = await Promise.all([this.stillAuthenticated(ctx), this.reads.load(incidentId)]);
    if (!now) return CREDENTIALS_ENDED;
    if (!read || !this.sees(now, read)) return [];
    return [new SharedDelivery(read.incident, read.shared)];
  }

  /** Whether this subscriber may see the incident now (their credentials judged again first); null when they lapsed. */
  async canSeeNow(ctx: GraphqlContext, incidentId: string): Promise<boolean | null> {
    const [now, read] = await Promise.all([this.stillAuthenticated(ctx), this.reads.load(incidentId)]);
    if (!now) return null;
    return read !== null && this.sees(now, read);
  }

  /** The timeline entries after `afterId` (up to 100), read once for every subscriber at the same place. */
  entriesSince(incidentId: string, afterId: string): Promise<TimelineEntry[]> {
    return this.entries.load(`${incidentId} ${afterId}`);
  }

  /**
   * The subscriber as the database says now, or null. The connection's principal is
   * replaced by it, so the fields of this delivery that read the caller read them as they are now.
   */
  private async stillAuthenticated(ctx: GraphqlContext): Promise<Principal | null> {
    const now = await this.credentials.recheck(ctx.req);
    if (now) ctx.req.user = now;
    return now;
  }

  private sees(principal: Principal, read: SharedRead): boolean {
    const icbIds = IncidentAccess.icbCandidates(principal).filter((id) => read.icbIds.includes(id));
    return IncidentAccess.canSee(principal, read.sight, icbIds);
  }

  private async readAll(ids: readonly string[]): Promise<(SharedRead | null)[]> {
    const views = await this.store.liveViews(this.db.manager, [...new Set(ids)]);
    const reads = new Map<string, SharedRead>();
    for (const view of views) {
      const shared = {};
      this.loaders.prime(shared, [view.scene]);
      reads.set(view.incident.id, {
        incident: toIncident(view.incident),
        sight: sightOf(view.incident.leadOrganisationId, view.scene),
        icbIds: view.icbIds,
        shared,
      });
    }
    return ids.map((id) => reads.get(id) ?? null);
  }

  private async entriesOf(keys: readonly string[]): Promise<TimelineEntry[][]> {
    const distinct = [...new Set(keys)];
    const read = await Promise.all(
      distinct.map((key) => {
        const [incidentId, afterId] = key.split(' ');
        return this.timeline.since(incidentId, afterId);
      }),
    );
    const byKey = new Map(distinct.map((key, k) => [key, read[k]]));
    return keys.map((key) => byKey.get(key) ?? []);
  }
}
