import {
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/**
 * Selections generated from the schema: "everything a field can give", to a depth, so a
 * suite asking whether some content is ever returned reads every field a new type adds.
 * A type already on the path is not entered again (cycles), and a field that needs an
 * argument the walk cannot know is left out (the root fields take theirs from the suite).
 */
const needsArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** The selection set of every field of `type` to `depth` levels, or null for a leaf or nothing to select. */
export function fullSelection(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  path: string[] = [],
): string | null {
  if (isLeafType(type) || depth === 0) return null;
  const on = [...path, type.name];
  if (isUnionType(type) || isInterfaceType(type)) {
    const variants = (isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type))
      .map((variant) => [variant.name, fullSelection(schema, variant, depth, path)])
      .filter(([, selection]) => selection)
      .map(([name, selection]) => `... on ${name} ${selection}`);
    return `{ __typename ${variants.join(' ')} }`;
  }
  const parts: string[] = [];
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    if (needsArguments(field)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (!on.includes(inner.name)) {
      const selection = fullSelection(schema, inner, depth - 1, on);
      if (selection) parts.push(`${field.name} ${selection}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}

/** Whether any of `targets` can be reached from `type` through fields that need no argument. */
export function reaches(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  targets: Set<string>,
  seen = new Set<string>(),
): boolean {
  if (targets.has(type.name)) return true;
  if (isLeafType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  if (isUnionType(type) || isInterfaceType(type)) {
    return (isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type)).some((v) =>
      reaches(schema, v, targets, seen),
    );
  }
  if (!isObjectType(type)) return false;
  return Object.values(type.getFields()).some(
    (field) => !needsArguments(field) && reaches(schema, getNamedType(field.type), targets, seen),
  );
}

/** A query of `field` of Query with every argument given as a variable, selecting everything to `depth`. */
export function fullQuery(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  const selection = fullSelection(schema, getNamedType(field.type), depth) ?? '';
  return `query${variables.length ? `(${variables.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
}

/** A subscription document of `name` with `args` written in, selecting everything to `depth`. */
export function fullSubscription(schema: GraphQLSchema, name: string, args: string, depth: number): string {
  const field = (schema.getSubscriptionType() as GraphQLObjectType).getFields()[name];
  return `subscription { ${name}${args} ${fullSelection(schema, getNamedType(field.type), depth) ?? ''} }`;
}
