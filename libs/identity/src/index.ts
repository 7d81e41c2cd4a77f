export * from './identity.entities';
export * from './identity.module';
export * from './memberships/membership.entity';
export * from './organisations/organisation-kind';
export * from './organisations/organisation.entity';
export * from './teams/team-function';
export * from './teams/team.entity';
export * from './users/user.entity';
