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

/** The room's sections, in the order a commander works through them. */
export function RoomSections() {
  return (
    <>
      <RoomSummary />
      <TransitionActions />
      <LevelChange />
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
