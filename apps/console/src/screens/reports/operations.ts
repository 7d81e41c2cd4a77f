import { graphql } from '../../generated';

export const MetricsFields = graphql(`
  fragment MetricsSummary on Metrics {
    organisationName
    period {
      label
      asAt
    }
    incidents {
      total
      byType {
        key
        count
      }
      reportedToDeclared {
        count
        medianMinutes
      }
    }
    assignments {
      all {
        open
        overdue
        done
        doneOnTimePercent
      }
    }
    informationGovernance {
      threads
      decidedWithin72HoursPercent
      late
      undecided
    }
    onCall {
      all {
        pages
        acknowledged
        medianSecondsToAcknowledge
      }
    }
    readiness {
      score
    }
    trend {
      months
      series {
        metric
        values
      }
    }
  }
`);

export const SystemMetricsQuery = graphql(`
  query SystemMetricsReport($period: MetricsPeriodInput!) {
    systemMetrics(period: $period) {
      ...MetricsSummary
    }
  }
`);

export const OrganisationMetricsQuery = graphql(`
  query OrganisationMetricsReport($organisationId: ID!, $period: MetricsPeriodInput!) {
    organisationMetrics(organisationId: $organisationId, period: $period) {
      ...MetricsSummary
    }
  }
`);
