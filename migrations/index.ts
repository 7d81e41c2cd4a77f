import { CreatedAuditTrail1764316800000 } from './1764316800000-CreatedAuditTrail';
import { CreatedOrganisationsTeamsUsers1764316800100 } from './1764316800100-CreatedOrganisationsTeamsUsers';
import { CreatedLoginThrottleAndRefreshTokens1764316800200 } from './1764316800200-CreatedLoginThrottleAndRefreshTokens';
import { CreatedApiKeys1764316800210 } from './1764316800210-CreatedApiKeys';
import { KeptAuditChangesVerbatim1764316800400 } from './1764316800400-KeptAuditChangesVerbatim';
import { CreatedApplicationRole1764316800410 } from './1764316800410-CreatedApplicationRole';
import { CreatedRunbooks1764316800500 } from './1764316800500-CreatedRunbooks';
import { AddedRunbookDutyBits1764316800600 } from './1764316800600-AddedRunbookDutyBits';
import { KeptDraftDutiesPerRunbook1764316800700 } from './1764316800700-KeptDraftDutiesPerRunbook';
import { ThrottledSignInsPerAccountAndAddress1764316800850 } from './1764316800850-ThrottledSignInsPerAccountAndAddress';
import { RecordedRunbookRetirementsAndReviews1764316801100 } from './1764316801100-RecordedRunbookRetirementsAndReviews';
import { CreatedScheduledJobs1764316801000 } from './1764316801000-CreatedScheduledJobs';
import { CreatedNotifications1764316801050 } from './1764316801050-CreatedNotifications';
import { AddedEprrHazardCategories1764316801200 } from './1764316801200-AddedEprrHazardCategories';
import { CreatedDesignations1764316801210 } from './1764316801210-CreatedDesignations';
import { AddedStepClockAnchors1764316801220 } from './1764316801220-AddedStepClockAnchors';
import { CountedDesignationsInDutyBits1764316801230 } from './1764316801230-CountedDesignationsInDutyBits';
import { CreatedReadinessOptIns1764316801240 } from './1764316801240-CreatedReadinessOptIns';
import { CreatedSharedServices1764316801250 } from './1764316801250-CreatedSharedServices';
import { CreatedIncidents1764316801300 } from './1764316801300-CreatedIncidents';
import { EmailedAddressesOutsideMuster1764316801310 } from './1764316801310-EmailedAddressesOutsideMuster';
import { CreatedAssignments1764316801400 } from './1764316801400-CreatedAssignments';
import { CreatedIgDecisionLog1764316801500 } from './1764316801500-CreatedIgDecisionLog';
import { CreatedExercises1764316801600 } from './1764316801600-CreatedExercises';
import { LinkedExerciseActionsAndActivations1764316801610 } from './1764316801610-LinkedExerciseActionsAndActivations';
import { RecordedCoordinationCentres1764316801620 } from './1764316801620-RecordedCoordinationCentres';
import { AddedAssuranceAssignmentSources1764316801630 } from './1764316801630-AddedAssuranceAssignmentSources';
import { CreatedAssuranceFrameworks1764316801700 } from './1764316801700-CreatedAssuranceFrameworks';
import { CreatedAssuranceAssessments1764316801710 } from './1764316801710-CreatedAssuranceAssessments';
import { AddedDeepDiveQuestions1764316801720 } from './1764316801720-AddedDeepDiveQuestions';
import { QualifiedDutyBitsForRestore1764316801730 } from './1764316801730-QualifiedDutyBitsForRestore';
import { CreatedPostureReports1764316801800 } from './1764316801800-CreatedPostureReports';
import { CreatedOnCallRotasPoliciesAndPages1764316801900 } from './1764316801900-CreatedOnCallRotasPoliciesAndPages';
import { CreatedCyberAlerts1764316801810 } from './1764316801810-CreatedCyberAlerts';
import { TextedUrgentNotifications1764316802000 } from './1764316802000-TextedUrgentNotifications';
import { CreatedAccountInvitations1764316802100 } from './1764316802100-CreatedAccountInvitations';

/** Every migration, in order. Listed as classes: no glob survives bundling. */
export const MIGRATIONS = [
  CreatedAuditTrail1764316800000,
  CreatedOrganisationsTeamsUsers1764316800100,
  CreatedLoginThrottleAndRefreshTokens1764316800200,
  CreatedApiKeys1764316800210,
  KeptAuditChangesVerbatim1764316800400,
  CreatedApplicationRole1764316800410,
  CreatedRunbooks1764316800500,
  AddedRunbookDutyBits1764316800600,
  KeptDraftDutiesPerRunbook1764316800700,
  ThrottledSignInsPerAccountAndAddress1764316800850,
  CreatedScheduledJobs1764316801000,
  CreatedNotifications1764316801050,
  RecordedRunbookRetirementsAndReviews1764316801100,
  AddedEprrHazardCategories1764316801200,
  CreatedDesignations1764316801210,
  AddedStepClockAnchors1764316801220,
  CountedDesignationsInDutyBits1764316801230,
  CreatedReadinessOptIns1764316801240,
  CreatedSharedServices1764316801250,
  CreatedIncidents1764316801300,
  EmailedAddressesOutsideMuster1764316801310,
  CreatedAssignments1764316801400,
  CreatedIgDecisionLog1764316801500,
  CreatedExercises1764316801600,
  LinkedExerciseActionsAndActivations1764316801610,
  RecordedCoordinationCentres1764316801620,
  AddedAssuranceAssignmentSources1764316801630,
  CreatedAssuranceFrameworks1764316801700,
  CreatedAssuranceAssessments1764316801710,
  AddedDeepDiveQuestions1764316801720,
  QualifiedDutyBitsForRestore1764316801730,
  CreatedPostureReports1764316801800,
  CreatedCyberAlerts1764316801810,
  CreatedOnCallRotasPoliciesAndPages1764316801900,
  TextedUrgentNotifications1764316802000,
  CreatedAccountInvitations1764316802100,
];
