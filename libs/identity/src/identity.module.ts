import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { API_KEY_PROVIDERS } from './api-keys/api-key.providers';
import { AUTH_PROVIDERS } from './auth/auth.providers';
import { SessionCookieController } from './auth/cookie/session-cookie.controller';
import { PasswordHasher } from './auth/passwords/password-hasher';
import { DIRECTORY_PROVIDERS, DIRECTORY_SERVICES } from './directory/directory.providers';
import { IDENTITY_ENTITIES } from './identity.entities';
import { AccountNotices } from './notices/account-notices';

/** Organisations, teams, people, roles; authentication (passwords, tokens, API keys). */
@Module({
  imports: [TypeOrmModule.forFeature([...IDENTITY_ENTITIES])],
  controllers: [SessionCookieController],
  providers: [...AUTH_PROVIDERS, ...API_KEY_PROVIDERS, ...DIRECTORY_PROVIDERS, AccountNotices],
  exports: [PasswordHasher, ...DIRECTORY_SERVICES, AccountNotices],
})
export class IdentityModule {}
