import { AffectedOrganisations } from './AffectedOrganisations';
import { CommandRoles } from './CommandRoles';
import { DecisionLog } from './DecisionLog';
import { IgThreadsPanel } from './IgThreadsPanel';
import { LessonsPanel } from './LessonsPanel';
import { LevelChange } from './LevelChange';
import { MethanePanel } from './MethanePanel';
import { RoomSummary } from './RoomSummary';
import { RunbooksPanel } from './RunbooksPanel';
import { SitRepPanel } from './SitRepPanel';
import { TimelinePanel } from './TimelinePanel';
import { TransitionActions } from './TransitionActions';
import { useRoom } from './room-context';

/** The room's sections, in the order a commander works through them. */
export function RoomSections() {
  const { incident } = useRoom();
  return (
    <>
      <RoomSummary />
      <TransitionActions />
      {/* Starts again from the incident's level, type and scope whenever one of them changes. */}
      <LevelChange key={`${incident.level}-${incident.type}-${incident.scope}`} />
      <SitRepPanel />
      <TimelinePanel />
      <CommandRoles />
      <AffectedOrganisations />
      <MethanePanel />
      <DecisionLog />
      <RunbooksPanel />
      <IgThreadsPanel />
      <LessonsPanel />
    </>
  );
}
