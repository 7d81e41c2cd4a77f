import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { CyberAlertRecordingService } from './cyber-alert-recording.service';
import { CyberAlertResponseService } from './cyber-alert-response.service';
import { CyberAlertResponseTransitions as T } from './cyber-alert-transitions';
import { ALERT_RECORDER_ROLES } from './cyber-alert.access';
import {
  AcknowledgeCyberAlertInput,
  CyberAlertWordsInput,
  RecordCyberAlertInput,
  StateCyberAlertApplicabilityInput,
} from './cyber-alert.inputs';
import { CyberAlert, CyberAlertResponse } from './cyber-alert.types';

/** The SOC records an alert once; each organisation (or the SOC for it) moves its own response. */
@Resolver()
export class CyberAlertMutationsResolver {
  constructor(
    private readonly recording: CyberAlertRecordingService,
    private readonly responses: CyberAlertResponseService,
  ) {}

  @Mutation(() => CyberAlert, {
    description:
      'The SOC (its ORG_ADMIN, RESPONDER or INCIDENT_COMMANDER) records an NHS cyber alert once for the organisations it goes to (every organisation but the SOC by default): one RECEIVED response each, with its deadlines; their Cyber/Digital teams are told. A reference recorded before is a CONFLICT.',
  })
  @Allow(...ALERT_RECORDER_ROLES)
  recordCyberAlert(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordCyberAlertInput,
  ): Promise<CyberAlert> {
    return this.recording.record(principal, input);
  }

  @Mutation(() => CyberAlertResponse, { description: 'RECEIVED → ACKNOWLEDGED: the organisation has the alert.' })
  @Allow(...T.rolesFor('acknowledge'))
  @Performs(T, 'acknowledge')
  acknowledgeCyberAlert(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AcknowledgeCyberAlertInput,
  ): Promise<CyberAlertResponse> {
    return this.responses.acknowledge(principal, input);
  }

  @Mutation(() => CyberAlertResponse, {
    description: 'ACKNOWLEDGED → APPLICABILITY_STATED: whether the alert applies, and why (again, to correct it).',
  })
  @Allow(...T.rolesFor('stateApplicability'))
  @Performs(T, 'stateApplicability')
  stateCyberAlertApplicability(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: StateCyberAlertApplicabilityInput,
  ): Promise<CyberAlertResponse> {
    return this.responses.stateApplicability(principal, input);
  }

  @Mutation(() => CyberAlertResponse, {
    description:
      'A progress update (appended, never changed), once acknowledged: the first is due by firstUpdateDueAt.',
  })
  @Allow(...T.rolesFor('addUpdate'))
  @Performs(T, 'addUpdate')
  addCyberAlertUpdate(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CyberAlertWordsInput,
  ): Promise<CyberAlertResponse> {
    return this.responses.addUpdate(principal, input);
  }

  @Mutation(() => CyberAlertResponse, {
    description: 'APPLICABILITY_STATED → CLOSED: remediated, or not applicable; the words say how.',
  })
  @Allow(...T.rolesFor('close'))
  @Performs(T, 'close')
  closeCyberAlertResponse(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CyberAlertWordsInput,
  ): Promise<CyberAlertResponse> {
    return this.responses.close(principal, input);
  }
}
