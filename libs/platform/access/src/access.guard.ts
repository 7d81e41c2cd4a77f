import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { currentContext, DatabaseAvailability, DomainError, isDatabaseUnavailable } from '@muster/platform-core';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { CredentialStrategies } from './authenticate-request';
import { Principal } from './principal';
import { requestOf } from './request-of';

/**
 * The global guard: deny by default. A handler without access metadata is refused;
 * otherwise the caller is authenticated (bearer token or API key) and must hold one of
 * the roles the handler names. The principal becomes the actor of the request context.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly availability: DatabaseAvailability,
    private readonly strategies: CredentialStrategies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw DomainError.forbidden();
    }
    if (rule.kind === 'public') return true;

    const req = requestOf(context);
    const principal = await this.authenticate(req);
    req.user = principal;
    if (rule.kind === 'roles' && !principal.holdsAny(rule.roles)) throw DomainError.forbidden();

    const ctx = currentContext();
    if (ctx) {
      ctx.actor = principal.actor;
      ctx.roles = principal.roleLabels;
    }
    return true;
  }

  private async authenticate(req: Parameters<CredentialStrategies['authenticate']>[0]): Promise<Principal> {
    let principal: Principal | null;
    try {
      principal = await this.strategies.authenticate(req);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // "Cannot check your credentials now" is not "your credentials are wrong": answered
      // SERVICE_UNAVAILABLE, so a client retries instead of signing its user out.
      if (isDatabaseUnavailable(error)) throw this.availability.refuse(error);
      throw DomainError.unauthenticated();
    }
    if (!principal) throw DomainError.unauthenticated();
    return principal;
  }
}
