import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage';
import type { ClassMetadata } from '@nestjs/graphql/dist/schema-builder/metadata/class.metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { getNamedType, GraphQLSchema, isInputObjectType, isListType, getNullableType } from 'graphql';
import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import {
  argumentPaths,
  isIdType,
  operationDocument,
  operationVariables,
  Placeholder,
  plainPlaceholder,
} from './schema-operations';

/**
 * The validation pipe only sees what class-validator metadata tells it about: a field
 * without a rule is stripped (whitelist) and an input object nested in another is not
 * looked into without @ValidateNested() and @Type(). These walk every input type and
 * argument class of the running schema, then send every id argument a malformed id.
 */

type Class = new () => object;

const inputClasses = (): ClassMetadata[] => TypeMetadataStorage.getInputTypesMetadata();

/** What is missing for `property` of `target` (declared as a GraphQL field of type `inner`, if an input object). */
function validationGaps(
  owner: string,
  target: Class,
  property: string,
  inner: Class | undefined,
  list: boolean,
): string[] {
  // @IsOptional() alone is no rule: it only says when the others apply.
  const rules = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property && m.type !== ValidationTypes.CONDITIONAL_VALIDATION);
  if (rules.length === 0)
    return [`${owner}.${property} has no validation rule (the pipe strips it, or lets anything through)`];
  if (!inner) return [];
  const gaps: string[] = [];
  if (!rules.some((m) => m.type === ValidationTypes.NESTED_VALIDATION))
    gaps.push(`${owner}.${property} is an input object without @ValidateNested()`);
  const sample = plainToInstance(target, { [property]: list ? [{}] : {} }) as Record<string, unknown>;
  const value = list ? (sample[property] as unknown[])[0] : sample[property];
  if (!(value instanceof inner))
    gaps.push(`${owner}.${property} is an input object without @Type(() => ${inner.name})`);
  return gaps;
}

/** Every field of every input type of the schema, through the class that declares it. */
function inputTypeGaps(schema: GraphQLSchema): string[] {
  const types = Object.values(schema.getTypeMap()).filter(isInputObjectType);
  return types.flatMap((type) => {
    const meta = inputClasses().find((m) => m.name === type.name);
    if (!meta) return [`${type.name} has no @InputType class`];
    return Object.values(type.getFields()).flatMap((field) => {
      const property = meta.properties?.find((p) => p.schemaName === field.name)?.name ?? field.name;
      const named = getNamedType(field.type);
      const inner = isInputObjectType(named)
        ? (inputClasses().find((m) => m.name === named.name)?.target as Class)
        : undefined;
      return validationGaps(type.name, meta.target as Class, property, inner, isListType(getNullableType(field.type)));
    });
  });
}

/** Every field of every @ArgsType class (each class checks its own fields; parents are listed too). */
function argsTypeGaps(): string[] {
  return TypeMetadataStorage.getArgumentsMetadata().flatMap((meta) =>
    (meta.properties ?? []).flatMap((p) => {
      const reference = p.typeFn();
      const type = (Array.isArray(reference) ? reference[0] : reference) as Class;
      const inner = inputClasses().some((m) => m.target === type) ? type : undefined;
      return validationGaps(
        meta.name,
        meta.target as Class,
        p.name,
        inner,
        Array.isArray(reference) || Boolean(p.options?.isArray),
      );
    }),
  );
}

/** Root field arguments declared one by one (`@Args('input') input: X`): a scalar there is never validated. */
function namedArguments(): { field: string; validated: boolean }[] {
  const handlers = [...TypeMetadataStorage.getQueriesMetadata(), ...TypeMetadataStorage.getMutationsMetadata()];
  return handlers.flatMap((h) =>
    (h.methodArgs ?? []).flatMap((arg) => {
      if (arg.kind !== 'arg') return [];
      const reference: unknown = arg.typeFn();
      const type = Array.isArray(reference) ? (reference as unknown[])[0] : reference;
      return [{ field: `${h.schemaName}(${arg.name})`, validated: inputClasses().some((m) => m.target === type) }];
    }),
  );
}

describe('input validation: every input is validated, nested ones too, so a malformed id is BAD_USER_INPUT', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let caller: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const org = await createOrganisation(t);
    // Every role, so that no guard answers before the validation pipe.
    caller = await createUser(
      t,
      Object.values(Role).map((role) => ({ organisationId: org.id, role })),
    );
  });
  afterAll(() => t.close());

  it('finds a class with rules behind every field of every input type, and nested validation on every nested input', () => {
    expect(Object.values(schema.getTypeMap()).filter(isInputObjectType).length).toBeGreaterThan(20);
    expect(inputTypeGaps(schema)).toEqual([]);
  });

  it('finds rules on every field of every argument class, and nested validation on every input object argument', () => {
    expect(TypeMetadataStorage.getArgumentsMetadata().length).toBeGreaterThan(5);
    expect(argsTypeGaps()).toEqual([]);
    const named = namedArguments();
    expect(named.length).toBeGreaterThan(20);
    // A scalar declared alone (`@Args('id') id: string`) has no class for rules: use an @ArgsType class.
    expect(named.filter((a) => !a.validated).map((a) => a.field)).toEqual([]);
  });

  it('would catch a nested input without @ValidateNested and @Type', () => {
    class Inner {}
    class Outer {}
    getMetadataStorage().addValidationMetadata({
      type: ValidationTypes.IS_DEFINED,
      target: Outer,
      propertyName: 'inner',
      constraints: [],
      validationOptions: {},
    } as never);
    expect(validationGaps('Outer', Outer, 'inner', Inner, false)).toEqual([
      'Outer.inner is an input object without @ValidateNested()',
      'Outer.inner is an input object without @Type(() => Inner)',
    ]);
    expect(validationGaps('Outer', Outer, 'forgotten', undefined, false)).toEqual([
      'Outer.forgotten has no validation rule (the pipe strips it, or lets anything through)',
    ]);
  });

  it('answers runbooks(filter: { organisationId: "not-a-uuid" }) with BAD_USER_INPUT naming filter.organisationId, not a database error', async () => {
    const res = await t.gql.request(
      `{ runbooks(filter: { organisationId: "not-a-uuid" }) { nodes { id } } }`,
      {},
      { token: caller.token },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['filter.organisationId']);
  });

  it('answers a malformed id in any id argument, direct or nested, with BAD_USER_INPUT naming it', async () => {
    const placeholder: Placeholder = (owner, field, type) =>
      type.name === 'ID' ? randomUUID() : plainPlaceholder(owner, field, type);
    const wrong: string[] = [];
    const paths = argumentPaths(schema).filter((p) => isIdType(p.type));
    expect(paths.length).toBeGreaterThan(30);
    for (const p of paths) {
      const variables = operationVariables(p.root, placeholder, { path: p.path, value: "1' OR '1'='1" });
      const res = await t.gql.request(operationDocument(p.root), variables, { token: caller.token });
      // An element of a list of inputs is named with its index (`resolutions.0.templateStepId`): the path has none.
      const fields =
        res.errors?.[0]?.extensions?.fields?.map((f) =>
          f.field
            .split('.')
            .filter((part) => !/^\d+$/.test(part))
            .join('.'),
        ) ?? [];
      // An input argument is validated as a whole (fields named from inside it); an argument class from its arguments.
      const named = [p.path.join('.'), p.path.slice(1).join('.')];
      if (errorCode(res) !== 'BAD_USER_INPUT' || !fields.some((f) => named.includes(f))) {
        wrong.push(`${p.root.name}(${p.path.join('.')}): ${JSON.stringify(res.errors ?? res.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
