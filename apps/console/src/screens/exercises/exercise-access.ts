import type { ActingOrganisation } from '../../components/roles';

/** Who records exercises for an organisation and adds findings and actions (the API refuses anyone else). */
const RECORDERS = ['SYSTEM_ADMIN', 'ORG_ADMIN', 'EPRR_LEAD'];

/** May record an exercise organised by the acting organisation. */
export const mayRecordExercises = (acting: ActingOrganisation): boolean =>
  acting.roles.some((r) => RECORDERS.includes(r));

/** May add findings and raise actions: a recorder of the organiser, or a system administrator anywhere. */
export const mayChangeExercise = (
  organisations: readonly ActingOrganisation[],
  organisingOrganisationId: string,
): boolean =>
  organisations.some(
    (o) =>
      o.roles.includes('SYSTEM_ADMIN') ||
      (o.id === organisingOrganisationId && o.roles.some((r) => RECORDERS.includes(r))),
  );
