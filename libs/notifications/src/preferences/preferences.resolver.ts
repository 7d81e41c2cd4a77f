import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { NotificationPreference } from '../inbox/notification.types';
import { SetNotificationPreferenceInput } from '../inbox/notification.inputs';
import { PreferencesService } from './preferences.service';

@Resolver(() => NotificationPreference)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Authenticated()
  @Query(() => [NotificationPreference], { description: 'Your email choice for every kind of notification.' })
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
}
