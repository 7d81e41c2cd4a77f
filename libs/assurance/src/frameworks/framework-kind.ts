import { registerEnumType } from '@nestjs/graphql';

/** What an assurance framework is: the year's EPRR core standards, the CAF-aligned DSPT, or another. */
export enum FrameworkKind {
  EPRR_CORE_STANDARDS = 'EPRR_CORE_STANDARDS',
  CAF_DSPT = 'CAF_DSPT',
  OTHER = 'OTHER',
}

registerEnumType(FrameworkKind, {
  name: 'AssuranceFrameworkKind',
  description: 'EPRR core standards (a year), the CAF-aligned DSPT (a year), or another framework.',
});
