import { Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { useSessionStore } from '../../auth/session-context';
import { Problem } from '../../components/PageStatus';
import { CSV_TABLES, download, reportUrl } from './downloads';

/** The board report (PDF, HTML) and every metric table as CSV, for the period and scope shown. */
export function ReportDownloads({ period, organisationId }: { period: string; organisationId: string | null }) {
  const store = useSessionStore();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const who = organisationId ?? 'ics';

  async function save(url: string, fileName: string) {
    setBusy(true);
    setProblem(null);
    try {
      const token = await store.accessToken();
      if (!token) throw new Error('Your session has ended. Sign in again.');
      await download(url, token, fileName);
    } catch (caught) {
      setProblem(caught instanceof Error ? caught.message : 'The report could not be downloaded.');
    } finally {
      setBusy(false);
    }
  }

  const safePeriod = period.replace('/', '-');
  return (
    <>
      <h2>Board report</h2>
      {problem && (
        <Problem title="The report could not be downloaded">
          <p>{problem}</p>
        </Problem>
      )}
      <div className="nhsuk-button-group">
        <Button
          disabled={busy}
          onClick={() =>
            void save(reportUrl('board-pdf', period, organisationId), `board-report-${who}-${safePeriod}.pdf`)
          }
        >
          Download the board report (PDF)
        </Button>
        <Button
          secondary
          disabled={busy}
          onClick={() =>
            void save(reportUrl('board-html', period, organisationId), `board-report-${who}-${safePeriod}.html`)
          }
        >
          Download it as a web page
        </Button>
      </div>
      <h2>Figures as CSV</h2>
      <ul className="nhsuk-list">
        {CSV_TABLES.map(({ table, words }) => (
          <li key={table}>
            <button
              type="button"
              className="muster-link-button"
              disabled={busy}
              onClick={() => void save(reportUrl('csv', period, organisationId, table), `${table}-${safePeriod}.csv`)}
            >
              {words} (CSV)
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
