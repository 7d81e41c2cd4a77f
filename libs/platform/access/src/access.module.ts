import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { CredentialStrategies } from './authenticate-request';

/** The deny-by-default guard and the application's own credential strategies (see CredentialStrategies). */
@Global()
@Module({})
export class AccessModule {
  static forRoot(strategies: CredentialStrategies): DynamicModule {
    return {
      module: AccessModule,
      providers: [
        { provide: CredentialStrategies, useValue: strategies },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [CredentialStrategies],
    };
  }
}
