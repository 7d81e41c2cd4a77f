import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IDENTITY_ENTITIES } from './identity.entities';

/** Organisations, teams, people, roles; authentication (passwords, tokens, API keys). */
@Module({
  imports: [TypeOrmModule.forFeature([...IDENTITY_ENTITIES])],
  providers: [],
  exports: [],
})
export class IdentityModule {}
