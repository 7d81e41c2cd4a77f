import { graphql } from '../../generated';

export const RunbookSummaryFields = graphql(`
  fragment RunbookSummary on Runbook {
    id
    title
    status
    version
    isTemplate
    categories
    latestVersionNumber
    nextReviewAt
    dueForReview
    owner {
      id
      displayName
    }
  }
`);

export const RunbooksQuery = graphql(`
  query OrganisationRunbooks($organisationId: ID!) {
    runbooks(first: 100, filter: { organisationId: $organisationId, isTemplate: false }) {
      nodes {
        ...RunbookSummary
      }
    }
    templates: runbooks(first: 100, filter: { isTemplate: true, status: APPROVED }) {
      nodes {
        ...RunbookSummary
        description
      }
    }
  }
`);

export const RunbookStepFields = graphql(`
  fragment RunbookStepDetail on RunbookStep {
    id
    position
    title
    instructions
    responsibleRole
    function
    designation
    targetMinutes
    clockAnchor
    mandatory
    dependsOn
  }
`);

export const RunbookQuery = graphql(`
  query RunbookDetail($id: ID!) {
    runbook(id: $id) {
      ...RunbookSummary
      description
      organisationId
      submittedAt
      submittedBy {
        id
        displayName
      }
      steps {
        ...RunbookStepDetail
      }
      versions {
        id
        versionNumber
        approvedAt
        approvedBy {
          id
          displayName
        }
        submittedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const RunbookOwnerCandidatesQuery = graphql(`
  query RunbookOwnerCandidates($runbookId: ID!, $search: String) {
    runbookOwnerCandidates(runbookId: $runbookId, search: $search, first: 50) {
      id
      displayName
      roles
    }
  }
`);

export const CreateRunbookMutation = graphql(`
  mutation CreateRunbook($input: CreateRunbookInput!) {
    createRunbook(input: $input) {
      id
    }
  }
`);

export const AdoptTemplateMutation = graphql(`
  mutation AdoptTemplate($input: AdoptTemplateInput!) {
    adoptTemplate(input: $input) {
      id
    }
  }
`);

export const AddRunbookStepMutation = graphql(`
  mutation AddRunbookStep($input: AddRunbookStepInput!) {
    addRunbookStep(input: $input) {
      id
      version
    }
  }
`);

export const RemoveRunbookStepMutation = graphql(`
  mutation RemoveRunbookStep($input: RemoveRunbookStepInput!) {
    removeRunbookStep(input: $input) {
      id
      version
    }
  }
`);

export const SetRunbookOwnerMutation = graphql(`
  mutation SetRunbookOwner($input: SetRunbookOwnerInput!) {
    setRunbookOwner(input: $input) {
      id
      version
    }
  }
`);

export const SubmitRunbookMutation = graphql(`
  mutation SubmitRunbookForReview($input: RunbookRefInput!) {
    submitRunbookForReview(input: $input) {
      id
      status
    }
  }
`);

export const ApproveRunbookMutation = graphql(`
  mutation ApproveRunbook($input: RunbookRefInput!) {
    approveRunbook(input: $input) {
      id
      status
    }
  }
`);

export const ReturnRunbookMutation = graphql(`
  mutation ReturnRunbookToDraft($input: ReturnRunbookToDraftInput!) {
    returnRunbookToDraft(input: $input) {
      id
      status
    }
  }
`);

export const ReviseRunbookMutation = graphql(`
  mutation ReviseRunbook($input: RunbookRefInput!) {
    reviseRunbook(input: $input) {
      id
      status
    }
  }
`);
