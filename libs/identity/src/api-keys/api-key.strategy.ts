import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { API_KEY_STRATEGY, CredentialStrategies, Principal } from '@muster/platform-access';
import { ApiKeyAuthenticator } from './api-key-authenticator';

export const API_KEY_HEADER = 'x-api-key';

/** Machines authenticate with `x-api-key: mst_<prefix>_<secret>`. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, API_KEY_STRATEGY) {
  constructor(
    private readonly authenticator: ApiKeyAuthenticator,
    strategies: CredentialStrategies,
  ) {
    super();
    strategies.use(API_KEY_STRATEGY, this);
  }

  async validate(req: Request): Promise<Principal | false> {
    const header = req.header(API_KEY_HEADER);
    if (!header) return false;
    return (await this.authenticator.authenticate(header)) ?? false;
  }
}
