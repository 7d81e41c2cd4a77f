import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CursorPart, CursorValues, KeysetCursor } from './keyset-cursor';

export const MAX_PAGE_SIZE = 100;
// Room for the longest cursor a list writes: a 200-character sort key of 4-byte characters
// (800 bytes) with its id and list name, in base64 (about 1,150 characters).
const MAX_CURSOR_LENGTH = 2000;

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
  @MaxLength(MAX_CURSOR_LENGTH)
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
  return ConnectionClass;
}

/**
 * Builds a connection from rows fetched with `LIMIT first + 1`: the extra row only
 * tells whether there is a next page.
 */
export function toConnection<R, T, P extends readonly CursorPart[]>(
  rows: R[],
  first: number,
  cursor: KeysetCursor<P>,
  keyOf: (row: R) => CursorValues<P>,
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const last = page[page.length - 1];
  return {
    nodes: page.map(map),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursor.encode(keyOf(last)) : null },
  };
}
