import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { ExerciseComplianceArgs } from '../exercises/exercise.inputs';
import { ExerciseComplianceService } from './compliance.service';
import { ExerciseCompliance } from './compliance.types';

@Resolver(() => ExerciseCompliance)
export class ExerciseComplianceResolver {
  constructor(private readonly compliance: ExerciseComplianceService) {}

  @Authenticated()
  @Query(() => ExerciseCompliance, {
    description: "An organisation's exercise compliance: to its members, system-wide roles and the ICB's EPRR lead.",
  })
  exerciseCompliance(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId }: ExerciseComplianceArgs,
  ): Promise<ExerciseCompliance> {
    return this.compliance.of(principal, organisationId);
  }
}
