import { graphql } from '../../generated';

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        kind
        title
        body
        urgent
        createdAt
        readAt
        about {
          entityType
          entityId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);
