import { Injectable, OnModuleInit } from '@nestjs/common';
import { Role } from '@muster/platform-access';
import {
  AccountLockedNotice,
  AccountNoticeListener,
  AccountNotices,
  ApiKeyCreatedNotice,
  InvitationSentNotice,
} from '@muster/identity';
import { NotificationKind } from './kinds/notification-kind';
import { ukTime } from './kinds/uk-time';
import { NotificationsService } from './outbox/notifications.service';
import { Recipients } from './recipients/recipient';

/**
 * Identity's notices, raised as notifications inside identity's unit of work:
 * - a new API key: every admin of its organisation, its creator included (a key made with a
 *   stolen session is then seen by the person whose session it was); urgent, so the
 *   organisation's webhook too;
 * - the first lockout of a run of failed sign-ins: the person whose account it is;
 * - an account invitation: the person invited, by email, with their single-use link.
 */
@Injectable()
export class IdentityNoticesListener implements AccountNoticeListener, OnModuleInit {
  constructor(
    private readonly notices: AccountNotices,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.notices.listen(this);
  }

  async apiKeyCreated(notice: ApiKeyCreatedNotice): Promise<void> {
    await this.notifications.notify(
      NotificationKind.API_KEY_CREATED,
      { organisationId: notice.organisationId, entityType: 'api_key', entityId: notice.apiKeyId },
      [Recipients.role(notice.organisationId, Role.ORG_ADMIN)],
      { params: { keyName: notice.name, role: notice.role } },
    );
  }

  async accountLocked(notice: AccountLockedNotice): Promise<void> {
    await this.notifications.notify(
      NotificationKind.ACCOUNT_LOCKED,
      { organisationId: notice.organisationId, entityType: 'user', entityId: notice.userId },
      [Recipients.user(notice.userId)],
      { params: { lockedUntil: ukTime(notice.lockedUntil) } },
    );
  }

  async invitationSent(notice: InvitationSentNotice): Promise<void> {
    await this.notifications.notify(
      NotificationKind.ACCOUNT_INVITATION,
      { organisationId: notice.organisationId, entityType: 'user', entityId: notice.userId },
      [Recipients.user(notice.userId)],
      { params: { welcomeLink: notice.link, expiresAt: ukTime(notice.expiresAt) } },
    );
  }
}
