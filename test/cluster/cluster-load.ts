import { TestUser } from '@muster/testing';
import { Member } from './cluster-support';

const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`;

export interface LoadResult {
  /** Ids of the incidents whose reportIncident was answered 200 with data: acknowledged writes. */
  acknowledged: string[];
  /** Requests that failed (connection refused or reset, or an error answered), by the process they went to. */
  failed: Record<string, number>;
  /** The first error code answered while the load ran, if any. */
  codes: Set<string>;
}

/**
 * Writes until `stop()`: `perProcess` clients per member, each reporting incidents one
 * after another (a real mutation: an incident row and its audit event in one unit of work).
 */
export function writeLoad(members: Member[], organisationId: string, who: TestUser, perProcess = 2) {
  const result: LoadResult = { acknowledged: [], failed: {}, codes: new Set() };
  let stopped = false;
  let n = 0;
  const client = async (m: Member) => {
    while (!stopped) {
      const title = `Load ${m.name} ${++n}`;
      try {
        const res = await m.via.gql.request<{ reportIncident: { id: string } }>(
          REPORT,
          { input: { organisationId, title, category: 'RANSOMWARE' } },
          { token: who.token },
        );
        if (res.status === 200 && res.data?.reportIncident) result.acknowledged.push(res.data.reportIncident.id);
        else {
          result.failed[m.name] = (result.failed[m.name] ?? 0) + 1;
          for (const e of res.errors ?? []) if (e.extensions?.code) result.codes.add(e.extensions.code);
        }
      } catch {
        result.failed[m.name] = (result.failed[m.name] ?? 0) + 1;
        // A process that is gone refuses at once: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const running = members.flatMap((m) => Array.from({ length: perProcess }, () => client(m)));
  return {
    result,
    async stop(): Promise<LoadResult> {
      stopped = true;
      await Promise.all(running);
      return result;
    },
  };
}
