import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  ICB = 'ICB',
  ACUTE_TRUST = 'ACUTE_TRUST',
  COMMUNITY_TRUST = 'COMMUNITY_TRUST',
  MENTAL_HEALTH_TRUST = 'MENTAL_HEALTH_TRUST',
  AMBULANCE_TRUST = 'AMBULANCE_TRUST',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  PRIMARY_CARE = 'PRIMARY_CARE',
  SOC = 'SOC',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of member of the ICS an organisation is. The ICB coordinates the system.',
});
