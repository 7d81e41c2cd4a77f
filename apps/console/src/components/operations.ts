import { graphql } from '../generated';

/** Who is signed in and the roles they hold, for the header and the organisation switcher. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      label
      user {
        id
        displayName
        email
      }
      grants {
        role
        organisation {
          id
          name
          odsCode
          kind
        }
        team {
          id
          name
        }
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationReceivedSubscription = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
    }
  }
`);

/** A page of the organisations the person may see (useAllOrganisations reads them all). */
export const OrganisationsPageQuery = graphql(`
  query OrganisationsPage($after: String) {
    organisations(first: 100, after: $after) {
      nodes {
        id
        name
        odsCode
        kind
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
