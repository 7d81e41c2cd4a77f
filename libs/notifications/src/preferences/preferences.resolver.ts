import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { NotificationPreference } from '../inbox/notification.types';
import { SetNotificationPreferenceInput, SetSmsPreferenceInput } from '../inbox/notification.inputs';
import { PreferencesService } from './preferences.service';

@Resolver(() => NotificationPreference)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Authenticated()
  @Query(() => [NotificationPreference], { description: 'Your email and SMS choices for every kind of notification.' })
  notificationPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreference[]> {
    return this.preferences.list(principal);
  }

  @Authenticated()
  @Mutation(() => NotificationPreference, { description: 'Turns email on or off for one kind of your notifications.' })
  setNotificationPreference(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetNotificationPreferenceInput,
  ): Promise<NotificationPreference> {
    return this.preferences.set(principal, input.kind, input.email);
  }

  @Authenticated()
  @Mutation(() => NotificationPreference, {
    description: 'Turns SMS on or off for one kind of your notifications (kinds whose smsRule is BY_CHOICE).',
  })
  setSmsPreference(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetSmsPreferenceInput,
  ): Promise<NotificationPreference> {
    return this.preferences.setSms(principal, input.kind, input.sms);
  }
}
