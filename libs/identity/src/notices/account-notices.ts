import { Injectable } from '@nestjs/common';
import { Role } from '@muster/platform-access';

export interface ApiKeyCreatedNotice {
  apiKeyId: string;
  organisationId: string;
  name: string;
  role: Role;
}

export interface AccountLockedNotice {
  userId: string;
  organisationId: string | null;
  lockedUntil: Date;
}

export interface InvitationSentNotice {
  userId: string;
  organisationId: string | null;
  /** The single-use link to set a first password: it goes in the email only. */
  link: string;
  expiresAt: Date;
}

/** What identity tells whoever listens, inside the unit of work of the change. */
export interface AccountNoticeListener {
  apiKeyCreated(notice: ApiKeyCreatedNotice): Promise<void>;
  accountLocked(notice: AccountLockedNotice): Promise<void>;
  invitationSent(notice: InvitationSentNotice): Promise<void>;
}

/**
 * Identity's events that people must hear of (a new API key, a locked account, an invitation). Identity
 * is the lowest domain: notifications depend on it, so it cannot call them. It owns this
 * port instead, and the notifications library listens (registering from its module's
 * onModuleInit); the calls run inside identity's unit of work, so what they raise commits
 * or rolls back with the change. With no listener, nothing is raised.
 */
@Injectable()
export class AccountNotices {
  private listener: AccountNoticeListener | undefined;

  listen(listener: AccountNoticeListener): void {
    if (this.listener) throw new Error('Account notices already have a listener');
    this.listener = listener;
  }

  async apiKeyCreated(notice: ApiKeyCreatedNotice): Promise<void> {
    await this.listener?.apiKeyCreated(notice);
  }

  async accountLocked(notice: AccountLockedNotice): Promise<void> {
    await this.listener?.accountLocked(notice);
  }

  async invitationSent(notice: InvitationSentNotice): Promise<void> {
    await this.listener?.invitationSent(notice);
  }
}
