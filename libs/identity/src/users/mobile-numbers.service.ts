import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { DirectoryAccess } from '../directory/directory.access';
import { IdentityAudit } from '../identity.audit';
import { toUser } from '../identity.mappers';
import { mobileEnding, normaliseUkMobile } from './mobile-number';
import { SetMobileNumberInput } from './user.inputs';
import { UserStore } from './user.store';
import { User } from './user.types';

/**
 * People's mobile numbers, where urgent notifications go by SMS. Set by the person or an
 * admin of their organisation (DirectoryAccess.canManageMobileNumber); audited in every
 * organisation the person belongs to, with the number's last three digits only.
 */
@Injectable()
export class MobileNumbersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: UserStore,
  ) {}

  async set(principal: Principal, input: SetMobileNumberInput): Promise<User> {
    const given = input.mobileNumber ?? null;
    const mobileNumber = given === null || given === '' ? null : normaliseUkMobile(given);
    if (given && !mobileNumber) {
      throw DomainError.badInput('mobileNumber', 'must be a UK mobile number, such as 07700 900123');
    }
    return this.uow.run(
      async (tx) => {
        const found = await this.store.lockRecord(tx, input.userId);
        const self = found?.id === principal.userId;
        const user = self && found ? found : DirectoryAccess.visibleUser(principal, found);
        if (!DirectoryAccess.canManageMobileNumber(principal, user)) {
          throw DomainError.forbidden("Only the person or their organisation's admins may set their mobile number");
        }
        const changed = await this.store.setMobileNumber(tx, user, mobileNumber);
        if (!changed) {
          tx.nothingToRecord();
          return toUser(user);
        }
        const [before, after] = [mobileEnding(changed.before), mobileEnding(mobileNumber)];
        const summary = after
          ? `Set the mobile number of ${user.displayName} (ending ${after.slice(1)})`
          : `Removed the mobile number of ${user.displayName}`;
        for (const organisationId of user.organisationIds.length ? user.organisationIds : [null]) {
          tx.record({
            action: IdentityAudit.userMobileNumberSet,
            organisationId,
            entityType: 'user',
            entityId: user.id,
            summary,
            changes: { before: { mobileNumberEnding: before }, after: { mobileNumberEnding: after } },
          });
        }
        return toUser(changed.row);
      },
      { actor: principal.actor },
    );
  }
}
