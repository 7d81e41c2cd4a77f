import { Inject } from '@nestjs/common';
import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Role } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { LIKELIHOOD_LABELS, SEVERITY_LABELS } from './dspt-grading';

@ObjectType({
  description:
    'The DSPT grading an IG decision is suggested by: reportable when likelihood and severity (1–5) both reach their thresholds.',
})
export class DsptGrading {
  @Field(() => Int, { description: 'IG_REPORTABLE_MIN_LIKELIHOOD.' })
  reportableMinLikelihood: number;

  @Field(() => Int, { description: 'IG_REPORTABLE_MIN_SEVERITY.' })
  reportableMinSeverity: number;

  @Field(() => [String], { description: 'Likelihood 1–5 in the guidance’s words.' })
  likelihoodLabels: string[];

  @Field(() => [String], { description: 'Severity 1–5 in the guidance’s words.' })
  severityLabels: string[];
}

/** The configured DSPT grading, for the forms of those who record IG decisions (their preview of the suggestion). */
@Resolver()
export class DsptGradingResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => DsptGrading, {
    description: 'The DSPT grading thresholds and labels recordIgDecision applies (IG officers).',
  })
  @Allow(Role.IG_OFFICER)
  dsptGrading(): DsptGrading {
    return {
      reportableMinLikelihood: this.config.governance.reportableMinLikelihood,
      reportableMinSeverity: this.config.governance.reportableMinSeverity,
      likelihoodLabels: [...LIKELIHOOD_LABELS],
      severityLabels: [...SEVERITY_LABELS],
    };
  }
}
