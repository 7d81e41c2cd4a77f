import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '@muster/platform-core';

export const MAX_PAGE_SIZE = 100;

/** `first` / `after` arguments of every list (Relay-style cursor pagination). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A GraphQL connection type for `T`: `{ nodes, pageInfo }`. */
export function ConnectionType<T>(item: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name)
  class ConnectionClass {
    @Field(() => [item])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Keyset cursors: opaque to callers, the sort key values of the last row inside. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => ['string', 'number'].includes(typeof v))) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw DomainError.badInput('after', 'is not a cursor from this list');
}

/**
 * Builds a connection from rows fetched with `LIMIT first + 1`: the extra row only
 * tells whether there is a next page.
 */
export function toConnection<R, T>(rows: R[], first: number, cursorOf: (row: R) => (string | number)[], map: (row: R) => T): Connection<T> {
  const page = rows.slice(0, first);
  const last = page[page.length - 1];
  return {
    nodes: page.map(map),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(cursorOf(last)) : null },
  };
}
