import { graphql } from '../../generated';

export const AssuranceFrameworksQuery = graphql(`
  query AssuranceFrameworkChoices {
    assuranceFrameworks {
      id
      key
      name
      version
      kind
      requirementCount
    }
  }
`);

export const AssuranceOverviewQuery = graphql(`
  query AssuranceHeatMap($frameworkId: ID!) {
    assuranceOverview(frameworkId: $frameworkId) {
      frameworkId
      sections {
        reference
        name
        deepDive
      }
      organisations {
        started
        assessmentId
        organisationId
        organisationName
        period
        status
        previousPeriod
        band {
          applicable
          fullyCompliant
          percent
          band
        }
        previousBand {
          percent
          band
        }
        cells {
          sectionReference
          full
          partial
          none
          unrated
        }
      }
      gaps {
        id
        assessmentId
        organisationName
        reference
        title
        rating
      }
    }
  }
`);

export const AssessmentQuery = graphql(`
  query AssuranceAssessment($id: ID!) {
    assessment(id: $id) {
      id
      organisationId
      organisationName
      frameworkId
      frameworkKind
      frameworkName
      frameworkVersion
      period
      status
      version
      returnComment
      submittedAt
      confirmedAt
      publishedAt
      band {
        applicable
        fullyCompliant
        percent
        band
      }
      deepDive {
        applicable
        fullyCompliant
        percent
      }
      ratings {
        id
        requirementId
        reference
        title
        sectionReference
        parentReference
        deepDive
        rating
        evidence
        evidenceLinks
        isGap
        improvement
        targetDate
        ratedAt
        owner {
          id
          displayName
          active
        }
        action {
          id
          status
          title
        }
      }
    }
  }
`);

export const AssessmentFrameworkSectionsQuery = graphql(`
  query AssuranceFrameworkSections($id: ID!) {
    assuranceFramework(id: $id) {
      id
      sections {
        reference
        name
        sections {
          reference
          name
        }
      }
    }
  }
`);

export const RateRequirementMutation = graphql(`
  mutation RateAssessmentRequirement($input: RateRequirementInput!) {
    rateAssessmentRequirement(input: $input) {
      id
      rating
      isGap
    }
  }
`);

export const SubmitAssessmentMutation = graphql(`
  mutation SubmitAssuranceAssessment($input: AssessmentChangeInput!) {
    submitAssessment(input: $input) {
      id
      status
      version
    }
  }
`);

export const ConfirmAssessmentMutation = graphql(`
  mutation ConfirmAssuranceAssessment($input: AssessmentChangeInput!) {
    confirmAssessment(input: $input) {
      id
      status
      version
    }
  }
`);

export const PublishAssessmentMutation = graphql(`
  mutation PublishAssuranceAssessment($input: AssessmentChangeInput!) {
    publishAssessment(input: $input) {
      id
      status
      version
    }
  }
`);

export const ReturnAssessmentMutation = graphql(`
  mutation ReturnAssuranceAssessment($input: ReturnAssessmentInput!) {
    returnAssessment(input: $input) {
      id
      status
      version
      returnComment
    }
  }
`);

export const RaiseGapActionMutation = graphql(`
  mutation RaiseAssessmentGapAction($input: RaiseAssessmentGapActionInput!) {
    raiseAssessmentGapAction(input: $input) {
      id
      status
      title
    }
  }
`);

export const OrganisationAssessmentsQuery = graphql(`
  query AssuranceOrganisationAssessments($organisationId: ID!) {
    organisationAssessments(organisationId: $organisationId) {
      id
      frameworkId
      frameworkKind
      frameworkName
      frameworkVersion
      period
      status
      band {
        applicable
        fullyCompliant
        percent
        band
      }
    }
  }
`);

export const StartAssessmentMutation = graphql(`
  mutation StartAssuranceAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      id
    }
  }
`);

export const StartNextAssessmentMutation = graphql(`
  mutation StartNextAssuranceAssessment($input: StartNextAssessmentInput!) {
    startNextAssessment(input: $input) {
      id
    }
  }
`);
