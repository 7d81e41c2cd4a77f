import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { currentContext, DatabaseAvailability, DomainError, isDatabaseUnavailable } from '@muster/platform-core';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { Principal } from './principal';
import { requestOf } from './request-of';

/** Passport strategy names; the identity library registers strategies under them. */
export const JWT_STRATEGY = 'jwt';
export const API_KEY_STRATEGY = 'api-key';

/**
 * The global guard: deny by default. A handler without access metadata is refused;
 * otherwise the caller is authenticated (bearer token or API key) and must hold one of
 * the roles the handler names. The principal becomes the actor of the request context.
 */
@Injectable()
export class AccessGuard extends AuthGuard([JWT_STRATEGY, API_KEY_STRATEGY]) {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly availability: DatabaseAvailability,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext): Request {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw DomainError.forbidden();
    }
    if (rule.kind === 'public') return true;

    await super.canActivate(context);
    const principal = this.getRequest(context).user as Principal;
    if (rule.kind === 'roles' && !principal.holdsAny(rule.roles)) throw DomainError.forbidden();

    const ctx = currentContext();
    if (ctx) {
      ctx.actor = principal.actor;
      ctx.roles = principal.roleLabels;
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error instanceof DomainError) throw error;
    // "Cannot check your credentials now" is not "your credentials are wrong": answered
    // SERVICE_UNAVAILABLE, so a client retries instead of signing its user out.
    if (isDatabaseUnavailable(error)) throw this.availability.refuse(error);
    if (error || !user) throw DomainError.unauthenticated();
    return user;
  }
}
