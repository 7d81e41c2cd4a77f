import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import type { PageSummaryFragment } from '../../generated/graphql';
import { FormErrorSummary, type FormProblem } from '../../components/FormErrorSummary';
import { Loading, Problem, problemWords } from '../../components/PageStatus';
import { useViewer } from '../../components/viewer-context';
import { problemsOf } from '../../components/api-problems';
import { mergePage, splitPages } from './on-call-words';
import { AcknowledgePageMutation, CancelRotaOverrideMutation, OnCallQuery, PageRaisedSubscription } from './operations';
import { mayEditRotas } from './override-form';
import { OverridePanel } from './OverridePanel';
import { MyOpenPages, PagesTable } from './PagesList';
import { RotasTable } from './RotasTable';

/** On call: pages waiting for me (live, one-tap acknowledge), who is on call now per duty, and recent pages. */
export default function OnCallScreen() {
  const { viewer, acting } = useViewer();
  const { data, error } = useQuery(OnCallQuery, {
    variables: { organisationId: acting.id },
    fetchPolicy: 'network-only',
  });
  const [changes, setChanges] = useState<PageSummaryFragment[]>([]);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [acknowledge] = useMutation(AcknowledgePageMutation);
  const [cancelCover] = useMutation(CancelRotaOverrideMutation);
  const [formProblems, setFormProblems] = useState(0);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const editor = mayEditRotas(acting.roles);
  useSubscription(PageRaisedSubscription, {
    onData: ({ data: live }) => {
      const page = live.data?.pageRaised;
      if (page) setChanges((list) => mergePage(list, page));
    },
  });
  useEffect(() => {
    document.title = `${problems.length || formProblems ? 'Error: ' : ''}On call – Muster`;
  }, [problems, formProblems]);
  const pages = useMemo(() => {
    let list: PageSummaryFragment[] = data?.pages.nodes ?? [];
    for (const change of changes) list = mergePage(list, change);
    return splitPages(list, viewer.user?.id ?? null);
  }, [data, changes, viewer]);

  if (error) {
    return (
      <Problem title="On call could not be loaded">
        <p>{problemWords(error)}</p>
      </Problem>
    );
  }
  if (!data) return <Loading what="on call" />;

  async function ack(pageId: string) {
    try {
      const { data: done } = await acknowledge({ variables: { input: { pageId } } });
      if (done) setChanges((list) => mergePage(list, done.acknowledgePage));
      setProblems([]);
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  async function cancel(overrideId: string, words: string) {
    try {
      await cancelCover({ variables: { input: { overrideId } } });
      setCancelled(`Cover cancelled: ${words}.`);
      setProblems([]);
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  return (
    <>
      <FormErrorSummary problems={problems} />
      <h1>On call</h1>
      <h2>Waiting for you</h2>
      <div aria-live="polite">
        <MyOpenPages pages={pages.mine} onAcknowledge={(id) => void ack(id)} />
      </div>
      <h2>{acting.name}</h2>
      <RotasTable rotas={data.rotas} onCancelCover={editor ? (id, words) => void cancel(id, words) : undefined} />
      {cancelled && (
        <p role="status">
          <strong>{cancelled}</strong>
        </p>
      )}
      {editor && data.rotas.length > 0 && viewer.user && (
        <OverridePanel rotas={data.rotas} agreedByUserId={viewer.user.id} onProblems={setFormProblems} />
      )}
      <h2>Recent pages</h2>
      <PagesTable pages={pages.others} />
    </>
  );
}
