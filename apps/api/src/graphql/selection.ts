import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The fields selected under `nodes`, by name (not alias), through fragments and inline
 * fragments. `@skip`/`@include` are not evaluated: a field they remove still counts, so a
 * caller deciding "is anything else asked for?" errs towards loading more.
 */
export function selectedFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const list = fields.get(selection.name.value);
        if (list) list.push(selection);
        else fields.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return fields;
}

/** Whether every field selected under `nodes` is one of `allowed`. */
export function selectsOnly(info: GraphQLResolveInfo, nodes: readonly FieldNode[], allowed: ReadonlySet<string>): boolean {
  for (const name of selectedFields(info, nodes).keys()) if (!allowed.has(name)) return false;
  return true;
}
