import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';

/**
 * Operations generated from the running app's schema, so that a suite walking "every
 * argument of kind X" covers the operations added after it was written.
 */

export interface RootField {
  kind: 'Query' | 'Mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** An argument, or a field nested in an input object, seen from a root field. */
export interface ArgumentPath {
  root: RootField;
  /** From the argument down: `['input', 'stepIds']`. */
  path: string[];
  /** `<root field>.<argument>` for an argument, `<input type>.<field>` for a nested field. */
  key: string;
  type: GraphQLInputType;
}

/** Supplies a value for a scalar or enum placeholder: `owner` is the root field or input type. */
export type Placeholder = (owner: string, field: string, type: GraphQLNamedType) => unknown;

export function rootFields(schema: GraphQLSchema): RootField[] {
  return (['Query', 'Mutation'] as const).flatMap((kind) => {
    const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return type ? Object.values(type.getFields()).map((field) => ({ kind, name: field.name, field })) : [];
  });
}

/** Every argument and nested input field of every root field (each input type walked once per path). */
export function argumentPaths(schema: GraphQLSchema): ArgumentPath[] {
  return rootFields(schema).flatMap((root) =>
    root.field.args.flatMap((arg) => walk(root, [arg.name], `${root.name}.${arg.name}`, arg.type, new Set())),
  );
}

function walk(root: RootField, path: string[], key: string, type: GraphQLInputType, seen: Set<string>): ArgumentPath[] {
  const here: ArgumentPath = { root, path, key, type };
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [here];
  const inner = new Set(seen).add(named.name);
  return [
    here,
    ...Object.values(named.getFields()).flatMap((f) =>
      walk(root, [...path, f.name], `${named.name}.${f.name}`, f.type, inner),
    ),
  ];
}

/** Whether `type` is ID, or a list of IDs. */
export function isIdType(type: GraphQLInputType): boolean {
  return getNamedType(type).name === 'ID';
}

/** A document calling `root` with every argument as a variable, selecting only `__typename` (or `select`). */
export function operationDocument(root: RootField, select?: string): string {
  const variables = root.field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`);
  const args = root.field.args.map((a) => `${a.name}: $${a.name}`);
  const selection = select ?? (isLeafType(getNamedType(root.field.type)) ? '' : '{ __typename }');
  const signature = variables.length ? `(${variables.join(', ')})` : '';
  const call = args.length ? `(${args.join(', ')})` : '';
  return `${root.kind.toLowerCase()} Generated${signature} { ${root.name}${call} ${selection} }`;
}

/**
 * The variables for `root`: every required argument (and required input field) from
 * `placeholder`, and `at.value` at `at.path` (inside a list it is the single element).
 */
export function operationVariables(
  root: RootField,
  placeholder: Placeholder,
  at?: { path: string[]; value: unknown },
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of root.field.args) {
    const target = at?.path[0] === arg.name ? { path: at.path.slice(1), value: at.value } : undefined;
    if (target || (isNonNullType(arg.type) && arg.defaultValue === undefined)) {
      variables[arg.name] = inputValue(arg.type, root.name, arg.name, placeholder, target);
    }
  }
  return variables;
}

function inputValue(
  type: GraphQLInputType,
  owner: string,
  field: string,
  placeholder: Placeholder,
  target?: { path: string[]; value: unknown },
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [inputValue(nullable.ofType, owner, field, placeholder, target)];
  if (target && target.path.length === 0) return target.value;
  if (!isInputObjectType(nullable)) return placeholder(owner, field, nullable);
  const value: Record<string, unknown> = {};
  for (const f of Object.values(nullable.getFields())) {
    const inner = target?.path[0] === f.name ? { path: target.path.slice(1), value: target.value } : undefined;
    if (inner || (isNonNullType(f.type) && f.defaultValue === undefined)) {
      value[f.name] = inputValue(f.type, nullable.name, f.name, placeholder, inner);
    }
  }
  return value;
}

/**
 * Valid values for the scalars and enums that carry no id: enough to get past validation,
 * and the same on every call (two answers to compare differ only where the probe does).
 */
export const plainPlaceholder: Placeholder = (_owner, field, type) => {
  if (isEnumType(type)) {
    // The least privileged role, so that a probe is never refused only for asking too much.
    const values = type.getValues().map((v) => v.value as string);
    return values.includes('VIEWER') ? 'VIEWER' : values[0];
  }
  switch (type.name) {
    case 'String':
      if (field === 'email') return 'generated-probe@example.nhs.uk';
      // An assessment's period (YYYY or YYYY-YY).
      if (field === 'period') return '2030-31';
      // A webhook URL on a host every configuration allows (Teams).
      if (field === 'url') return 'https://generated-probe.webhook.office.com/webhookb2/probe';
      // A calendar day (SOC posture): YYYY-MM-DD.
      if (['day', 'from', 'to'].includes(field)) return '2026-11-01';
      // A rota layer's first handover (YYYY-MM-DD) and its time of day (HH:MM, London).
      if (field === 'startsOn') return '2026-11-02';
      if (['handoverTime', 'coversFrom', 'coversTo'].includes(field)) return '09:00';
      return `Generated ${field}`;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-11-01T00:00:00.000Z';
    case 'JSON':
      return {};
    default:
      throw new Error(`No placeholder for ${type.name} (${field}): add one to plainPlaceholder`);
  }
};
