import { graphql } from '../../generated';

export const AuditEventFields = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    seq
    chainId
    occurredAt
    action
    summary
    entityType
    entityId
    organisationId
    roles
    actor {
      id
      label
      type
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query AuditTrail($filter: AuditTrailFilter, $first: Int!, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      nodes {
        ...AuditEventRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AuditHistoryQuery = graphql(`
  query AuditHistory($entityType: String!, $entityId: String!, $first: Int!, $after: String) {
    auditHistory(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
      nodes {
        ...AuditEventRow
        changes
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const VerifyChainQuery = graphql(`
  query VerifyAuditChain($organisationId: ID) {
    verifyAuditChain(organisationId: $organisationId) {
      chainId
      valid
      checked
      firstBrokenSeq
      reason
      headHash
    }
  }
`);
