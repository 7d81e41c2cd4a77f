import { graphql } from '../../generated';

export const AdminPersonFields = graphql(`
  fragment AdminPerson on User {
    id
    displayName
    email
    active
    awaitingPassword
    memberships {
      id
      role
      grantedAt
      organisation {
        id
      }
      team {
        id
        name
      }
    }
  }
`);

/** The acting organisation's people, by name (its ORG_ADMIN, system administrators, auditors). */
export const AdminPeopleQuery = graphql(`
  query AdminPeople($organisationId: ID!, $first: Int!, $after: String) {
    users(organisationId: $organisationId, first: $first, after: $after) {
      nodes {
        ...AdminPerson
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminTeamsQuery = graphql(`
  query AdminTeams($organisationId: ID!) {
    teams(organisationId: $organisationId, first: 100) {
      nodes {
        id
        name
        function
        version
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const AdminApiKeysQuery = graphql(`
  query AdminApiKeys($organisationId: ID!, $first: Int!, $after: String) {
    apiKeys(organisationId: $organisationId, first: $first, after: $after) {
      nodes {
        id
        name
        role
        createdAt
        lastUsedAt
        revokedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminCreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
    }
  }
`);

/** Emails a person who has not set a password a new link to set one; earlier links stop working. */
export const AdminSendInvitationMutation = graphql(`
  mutation AdminSendInvitation($userId: ID!) {
    sendInvitation(userId: $userId) {
      id
      awaitingPassword
    }
  }
`);

export const AdminDeactivateUserMutation = graphql(`
  mutation AdminDeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const AdminReactivateUserMutation = graphql(`
  mutation AdminReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const AdminGrantRoleMutation = graphql(`
  mutation AdminGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
    }
  }
`);

export const AdminRevokeRoleMutation = graphql(`
  mutation AdminRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input)
  }
`);

export const AdminCreateTeamMutation = graphql(`
  mutation AdminCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      function
      version
    }
  }
`);

export const AdminUpdateTeamMutation = graphql(`
  mutation AdminUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      id
      name
      version
    }
  }
`);

/** The secret comes back once: the mutation is sent with fetchPolicy no-cache, so it never enters the Apollo cache. */
export const AdminCreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        role
      }
    }
  }
`);

export const AdminRevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
