import { ASTNode, FragmentDefinitionNode, GraphQLError, Kind, ValidationContext } from 'graphql';

/** Refuses operations nested deeper than `max` (a cheap guard against abusive queries). */
export function depthLimit(max: number) {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (depth > max) return depth;
      switch (node.kind) {
        case Kind.OPERATION_DEFINITION:
        case Kind.INLINE_FRAGMENT:
        case Kind.FRAGMENT_DEFINITION:
          return Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
        case Kind.FIELD:
          if (!node.selectionSet) return depth;
          return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
        case Kind.FRAGMENT_SPREAD: {
          const name = node.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) return depth;
          return depthOf(fragment, depth, new Set([...seen, name]));
        }
        default:
          return depth;
      }
    };
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.OPERATION_DEFINITION && depthOf(def, 0, new Set()) > max) {
        context.reportError(
          new GraphQLError(`Query is nested deeper than the limit of ${max}`, {
            nodes: [def],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
      }
    }
    return {};
  };
}
