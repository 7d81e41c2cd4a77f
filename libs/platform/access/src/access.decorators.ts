import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { requestOf } from './request-of';
import { Role } from './role';

export const ACCESS_METADATA = 'muster:access';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** GraphQL extension of a field anyone may call: the cost limit without credentials weighs only these. */
export const PUBLIC_FIELD_EXTENSION = 'musterPublic';

/** Anyone, signed in or not (login, token refresh). */
export const Public = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule),
    Extensions({ [PUBLIC_FIELD_EXTENSION]: true }),
  );

/** Any signed-in caller; the service decides on the record. */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);

/**
 * Callers holding at least one of `roles` in some organisation; the service then checks
 * the role in the record's organisation.
 */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

/** The Principal of the request (GraphQL or HTTP). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return requestOf(context).user;
});
