import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getDirectiveValues,
} from 'graphql';

/**
 * What one mutation field costs against the member's limit (MUTATION_LIMIT_PER_MINUTE), where
 * it matters: what others read and cannot undo — an issue or a project raised, a comment written
 * — costs more than an answer, a support or a setting. Every other mutation costs 1.
 */
export const MUTATION_COSTS: Readonly<Record<string, number>> = {
  submitIssue: 5,
  registerStartupProject: 5,
  addIssueComment: 2,
  editIssueComment: 2,
  commentOnSection: 2,
  editConsultationComment: 2,
};

/**
 * The cost of an operation's mutations: each field the operation runs at its root counts, however
 * it is spelled — aliases, inline fragments and fragment spreads included, `@skip`/`@include`
 * honoured — since each runs its resolver (fields of one response key run once).
 */
export function mutationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const fields = new Map<string, string>();
  const seenFragments = new Set<string>();
  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  const collect = (selections: SelectionSetNode) => {
    for (const selection of selections.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') fields.set(selection.alias?.value ?? selection.name.value, selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seenFragments.has(name)) {
          seenFragments.add(name);
          collect(fragment.selectionSet);
        }
      }
    }
  };
  collect(operation.selectionSet);
  let cost = 0;
  for (const name of fields.values()) cost += MUTATION_COSTS[name] ?? 1;
  return cost;
}
