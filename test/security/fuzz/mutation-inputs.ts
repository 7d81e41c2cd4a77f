import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { argumentPaths, operationVariables, Placeholder, plainPlaceholder, RootField } from '../schema-operations';
import { IdKind, KindIds } from '../two-organisations';
import {
  hostileDate,
  hostileDay,
  hostileEnum,
  hostileId,
  hostileJson,
  hostileNumber,
  hostileString,
  wrongType,
} from './hostile-values';

export type Caller = 'strong' | 'weak';

/** One generated request: a mutation, who sends it, and its variables. */
export interface FuzzInput {
  mutation: string;
  caller: Caller;
  /** `targeted`: one argument hostile, the rest valid; `wide`: any argument may be, at any depth. */
  mode: 'targeted' | 'wide';
  /** The hostile argument of a targeted input (`input.title`). */
  at?: string;
  variables: Record<string, unknown>;
}

/** The records the generated ids come from: the caller's own and another organisation's, by kind. */
export type IdPools = Record<IdKind, KindIds>;

const DAY_FIELDS = new Set([
  'day',
  'from',
  'to',
  'startsOn',
  'targetDate',
  'period',
  'handoverTime',
  'coversFrom',
  'coversTo',
]);

/** Formats plainPlaceholder does not know, so that the rest of an input gets past validation. */
const VALID_STRINGS: Record<string, string> = {
  // An ODS code (3 to 10 capitals or digits) and an NHS cyber alert reference.
  odsCode: 'FUZZ1',
  reference: 'CC-9999',
};

// Field names whose kind of record their name does not spell (`participantIds` are people).
const ID_ALIASES: [RegExp, IdKind][] = [
  [/(participant|assignee|actor|user)$/, 'user'],
  [/organisation$/, 'organisation'],
  [/^(template)?step$/, 'runbookStep'],
  [/^finding$/, 'exerciseFinding'],
  [/^thread$/, 'igThread'],
  [/^revisitsdecision$/, 'incidentDecision'],
  [/^decision$/, 'igDecision'],
  [/^correctsentry$/, 'timelineEntry'],
  [/^gap$/, 'assessmentGap'],
  [/assessment$/, 'assessment'],
  [/^override$/, 'rotaOverride'],
  [/^response$/, 'cyberAlertResponse'],
];

/**
 * The kind of record an id argument most likely names, from its name (`incidentId`) or, for
 * `id`, `ids` and `dependsOn`, its owner's (`UpdateTeamInput.id`). A wrong guess only makes
 * that input NOT_FOUND; test/security/id-oracle.spec.ts keeps the exact map.
 */
export function idKindOf(kinds: IdKind[], owner: string, field: string): IdKind | undefined {
  const base = field.replace(/Ids?$/, '').toLowerCase();
  const direct = kinds.find((k) => k.toLowerCase() === base) ?? ID_ALIASES.find(([re]) => re.test(base))?.[1];
  if (direct) return direct;
  const where = owner.toLowerCase();
  if (where.includes('notification')) return 'notification';
  return [...kinds].sort((a, b) => b.length - a.length).find((k) => where.includes(k.toLowerCase()));
}

/** Builds the arbitraries of every mutation of `schema`, with ids from `pools`. */
export class MutationInputs {
  private readonly kinds: IdKind[];
  private readonly everyId: string[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: IdPools,
  ) {
    this.kinds = Object.keys(pools) as IdKind[];
    this.everyId = Object.values(pools).flatMap((p) => [p.mine, ...p.theirs]);
  }

  /** Valid values: the caller's own record of the guessed kind, and the plain placeholders. */
  readonly placeholder: Placeholder = (owner, field, type) => {
    if (type.name === 'String' && VALID_STRINGS[field]) return VALID_STRINGS[field];
    if (type.name !== 'ID') return plainPlaceholder(owner, field, type);
    const kind = idKindOf(this.kinds, owner, field);
    return kind ? this.pools[kind].mine : this.pools.organisation.mine;
  };

  /** Ids to try for an argument: those of its kind (mine and theirs) first, then every other. */
  private knownIds(owner: string, field: string): string[] {
    const kind = idKindOf(this.kinds, owner, field);
    return kind ? [this.pools[kind].mine, ...this.pools[kind].theirs, ...this.everyId] : this.everyId;
  }

  /** A hostile value for one argument or input field (an element, for a list). */
  hostile(type: GraphQLInputType, owner: string, field: string): fc.Arbitrary<unknown> {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return this.hostile(nullable.ofType, owner, field);
    const shape = fc.oneof(fc.constant(null), wrongType);
    if (isInputObjectType(nullable)) {
      return fc.oneof(shape, fc.constantFrom({}, { unknownField: 'x' }, { __typename: nullable.name }));
    }
    return fc.oneof(
      { arbitrary: this.hostileLeaf(nullable, owner, field), weight: 5 },
      { arbitrary: shape, weight: 1 },
    );
  }

  private hostileLeaf(type: GraphQLNamedType, owner: string, field: string): fc.Arbitrary<unknown> {
    if (isEnumType(type)) return hostileEnum(type.getValues().map((v) => v.name));
    switch (type.name) {
      case 'ID':
        return hostileId(this.knownIds(owner, field));
      case 'String':
        return DAY_FIELDS.has(field) ? fc.oneof(hostileDay, hostileString) : hostileString;
      case 'Int':
      case 'Float':
        return hostileNumber;
      case 'DateTime':
        return hostileDate;
      case 'JSON':
        return hostileJson;
      default:
        return wrongType;
    }
  }

  /** One argument path hostile, every other required argument valid. */
  targeted(root: RootField): fc.Arbitrary<Omit<FuzzInput, 'caller'>> {
    const paths = argumentPaths(this.schema).filter((p) => p.root.name === root.name);
    if (!paths.length) return fc.constant({ mutation: root.name, mode: 'targeted', variables: {} });
    return fc.oneof(
      ...paths.map((p) => {
        const [owner, field] = p.key.split('.');
        return this.hostile(p.type, owner, field).map((value) => ({
          mutation: root.name,
          mode: 'targeted' as const,
          at: p.path.join('.'),
          variables: operationVariables(root, this.placeholder, { path: p.path, value }),
        }));
      }),
    );
  }

  /** Every argument generated: mostly valid, any of them hostile, missing, null or with extra fields. */
  wide(root: RootField): fc.Arbitrary<Omit<FuzzInput, 'caller'>> {
    const model = Object.fromEntries(root.field.args.map((a) => [a.name, this.value(a.type, root.name, a.name, 0)]));
    const requiredKeys = root.field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
    return fc
      .record(model, { requiredKeys })
      .map((variables) => ({ mutation: root.name, mode: 'wide' as const, variables }));
  }

  private value(type: GraphQLInputType, owner: string, field: string, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) {
      const inner = this.value(type.ofType, owner, field, depth);
      return fc.oneof(
        { arbitrary: inner, weight: 30 },
        { arbitrary: fc.constant(null), weight: 1 },
        { arbitrary: wrongType, weight: 1 },
      );
    }
    const inner = this.nullableValue(type, owner, field, depth);
    return fc.oneof({ arbitrary: inner, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 });
  }

  private nullableValue(type: GraphQLInputType, owner: string, field: string, depth: number): fc.Arbitrary<unknown> {
    if (isListType(type)) {
      const element = this.value(type.ofType, owner, field, depth + 1);
      const named = getNamedType(type);
      const many = isInputObjectType(named)
        ? fc.constant([])
        : fc
            .integer({ min: 500, max: 2_000 })
            .map((n) => Array.from({ length: n }, () => this.valid(named, owner, field)));
      return fc.oneof(
        { arbitrary: fc.array(element, { maxLength: 3 }), weight: 10 },
        { arbitrary: element, weight: 1 },
        { arbitrary: many, weight: 1 },
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(type.getFields());
      const model = Object.fromEntries(fields.map((f) => [f.name, this.value(f.type, type.name, f.name, depth + 1)]));
      const requiredKeys = fields
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => f.name);
      const extra = fc.option(fc.constantFrom('unknownField', '__typename', 'id', 'organisationId', 'constructor'), {
        freq: 8,
      });
      return fc
        .tuple(fc.record(model, { requiredKeys }), extra)
        .map(([value, key]) => (key ? { ...value, [key]: 'extra' } : value));
    }
    const named = type as GraphQLNamedType;
    return fc.oneof(
      { arbitrary: fc.constant(this.valid(named, owner, field)), weight: 7 },
      { arbitrary: this.hostileLeaf(named, owner, field), weight: 3 },
    );
  }

  private valid(type: GraphQLNamedType, owner: string, field: string): unknown {
    return this.placeholder(owner, field, type);
  }
}
