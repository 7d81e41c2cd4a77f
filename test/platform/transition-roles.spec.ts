import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ACCESS_METADATA,
  AccessRule,
  Allow,
  Performs,
  PerformedTransition,
  Role,
  TRANSITION_METADATA,
  transitionTable,
} from '@muster/platform-access';
import { providerInstances, RESOLVER_TYPE, rootHandlers, startTestApp, TestApp } from '@muster/testing';

interface Declared {
  where: string;
  performs: PerformedTransition;
  rule: AccessRule | undefined;
}

/** The handlers among `instances` that declare a table action (`@Performs`), with their access rule. */
function performers(instances: unknown[]): Declared[] {
  const reflector = new Reflector();
  return rootHandlers(instances).flatMap(({ where, handler, owner }) => {
    const performs = reflector.get<PerformedTransition | undefined>(TRANSITION_METADATA, handler);
    return performs
      ? [
          {
            where,
            performs,
            rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler, owner]),
          },
        ]
      : [];
  });
}

/** Handlers whose @Allow is not exactly the roles of the table row they perform. */
function mismatches(declared: Declared[]): string[] {
  return declared.flatMap(({ where, performs: { table, action }, rule }) => {
    const expected = [...table.rolesFor(action)].sort();
    const allowed = rule?.kind === 'roles' ? [...rule.roles].sort() : rule?.kind;
    return JSON.stringify(allowed) === JSON.stringify(expected)
      ? []
      : [`${where}: allows ${JSON.stringify(allowed)}, ${table.subject} ${action} is ${JSON.stringify(expected)}`];
  });
}

describe("transition roles: every resolver that performs a table action allows exactly that row's roles", () => {
  let t: TestApp;
  let declared: Declared[];

  beforeAll(async () => {
    t = await startTestApp();
    declared = performers(providerInstances(t.app));
  });
  afterAll(() => t.close());

  it("finds no resolver whose @Allow differs from its table row's roles", () => {
    expect(declared.length).toBeGreaterThan(10);
    expect(mismatches(declared)).toEqual([]);
  });

  it('finds a resolver for every action of every table (no row is dead, no resolver forgot to declare it)', () => {
    const tables = new Set(declared.map((d) => d.performs.table));
    const unperformed = [...tables].flatMap((table) =>
      table.actions
        .filter((action) => !declared.some((d) => d.performs.table === table && d.performs.action === action))
        .map((a) => `${table.subject} ${a}`),
    );
    expect(unperformed).toEqual([]);
  });

  it('would catch a resolver whose roles drifted from its row', () => {
    const table = transitionTable({
      subject: 'probe',
      rows: [
        {
          action: 'close',
          from: ['OPEN'],
          to: 'CLOSED',
          roles: [Role.INCIDENT_COMMANDER],
          requires: [],
          summary: 'close',
        },
      ],
      wrongStateHints: {},
    });
    class ProbeResolver {
      @Allow(...table.rolesFor('close'))
      @Performs(table, 'close')
      kept(): string {
        return 'fine';
      }

      @Allow(Role.INCIDENT_COMMANDER, Role.RESPONDER)
      @Performs(table, 'close')
      drifted(): string {
        return 'too many';
      }
    }
    for (const method of ['kept', 'drifted'] as const) {
      const descriptor = Object.getOwnPropertyDescriptor(ProbeResolver.prototype, method) as PropertyDescriptor;
      SetMetadata(RESOLVER_TYPE, 'Mutation')(ProbeResolver.prototype, method, descriptor);
    }
    expect(mismatches(performers([new ProbeResolver()]))).toEqual([
      'ProbeResolver.drifted: allows ["INCIDENT_COMMANDER","RESPONDER"], probe close is ["INCIDENT_COMMANDER"]',
    ]);
  });
});
