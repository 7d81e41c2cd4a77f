import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock } from '@muster/platform-core';

@ObjectType({ description: 'What this server is, and the time it works to.' })
export class ServerInfo {
  @Field()
  version: string;

  @Field({ description: 'development, test or production' })
  environment: string;

  @Field({ description: 'The server clock that deadlines and review dates are measured against.' })
  now: Date;
}

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => ServerInfo)
  serverInfo(): ServerInfo {
    return { version: process.env.npm_package_version ?? '0.1.0', environment: this.config.env, now: this.clock.now() };
  }
}
