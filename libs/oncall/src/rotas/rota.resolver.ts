import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { ROTA_EDITORS } from '../oncall.access';
import {
  AddRotaOverrideInput,
  CancelRotaOverrideInput,
  CreateRotaInput,
  OnCallNowArgs,
  RemoveRotaLayerInput,
  RenameRotaInput,
  RotasArgs,
  SetRotaLayerInput,
} from './rota.inputs';
import { RotasService } from './rotas.service';
import { OnCall, Rota } from './rota.types';

const EDITORS = [...ROTA_EDITORS, Role.SYSTEM_ADMIN];

@Resolver(() => Rota)
export class RotaResolver {
  constructor(private readonly service: RotasService) {}

  @Query(() => [Rota], { description: "An organisation's on-call rotas, with who is on call now." })
  @Authenticated()
  rotas(@CurrentPrincipal() principal: Principal, @Args() args: RotasArgs): Promise<Rota[]> {
    return this.service.rotas(principal, args.organisationId);
  }

  @Query(() => OnCall, { description: 'Who is on call for a duty of an organisation, now or at a given time.' })
  @Authenticated()
  onCallNow(@CurrentPrincipal() principal: Principal, @Args() args: OnCallNowArgs): Promise<OnCall> {
    return this.service.onCallNow(principal, args);
  }

  @Mutation(() => Rota)
  @Allow(...EDITORS)
  createRota(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateRotaInput): Promise<Rota> {
    return this.service.create(principal, input);
  }

  @Mutation(() => Rota)
  @Allow(...EDITORS)
  renameRota(@CurrentPrincipal() principal: Principal, @Args('input') input: RenameRotaInput): Promise<Rota> {
    return this.service.rename(principal, input);
  }

  @Mutation(() => Rota)
  @Allow(...EDITORS)
  setRotaLayer(@CurrentPrincipal() principal: Principal, @Args('input') input: SetRotaLayerInput): Promise<Rota> {
    return this.service.setLayer(principal, input);
  }

  @Mutation(() => Rota)
  @Allow(...EDITORS)
  removeRotaLayer(@CurrentPrincipal() principal: Principal, @Args('input') input: RemoveRotaLayerInput): Promise<Rota> {
    return this.service.removeLayer(principal, input);
  }

  @Mutation(() => Rota)
  @Allow(...EDITORS)
  addRotaOverride(@CurrentPrincipal() principal: Principal, @Args('input') input: AddRotaOverrideInput): Promise<Rota> {
    return this.service.addOverride(principal, input);
  }

  @Mutation(() => Rota)
  @Allow(...EDITORS)
  cancelRotaOverride(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CancelRotaOverrideInput,
  ): Promise<Rota> {
    return this.service.cancelOverride(principal, input);
  }
}
