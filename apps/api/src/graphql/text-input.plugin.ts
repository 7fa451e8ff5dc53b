import type { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, GraphQLError, Kind, OperationDefinitionNode, visit } from 'graphql';
import { DomainError } from '@app/core';

/**
 * What is wrong with a string no service should receive: PostgreSQL refuses the NUL character in
 * text (the query fails), and a lone UTF-16 surrogate is not a character at all (it would be
 * stored as U+FFFD, silently changed). Null when the text is fine.
 */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds a lone UTF-16 surrogate)';
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The argument or input field a node sits in (`search` for `filter: { search: $s }`). */
function holderName(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (Array.isArray(node)) continue;
    const kind = (node as ASTNode).kind;
    if (kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD) return (node as { name: { value: string } }).name.value;
    if (kind === Kind.VARIABLE_DEFINITION || kind === Kind.DIRECTIVE) return null;
  }
  return null;
}

/**
 * The string literals of the operation and, for each variable, the argument or input field it is
 * used in; a variable's own default value is checked like a literal.
 */
function readOperation(operation: OperationDefinitionNode): { literals: { name: string; value: string }[]; uses: Map<string, string> } {
  const literals: { name: string; value: string }[] = [];
  const uses = new Map<string, string>();
  visit(operation, {
    // (`ancestors` stops above the parent.)
    StringValue(node, _key, parent, _path, ancestors) {
      literals.push({ name: holderName([...ancestors, parent as ASTNode]) ?? 'value', value: node.value });
    },
    Variable(node, _key, parent, _path, ancestors) {
      const name = holderName([...ancestors, parent as ASTNode]);
      if (name && !uses.has(node.name.value)) uses.set(node.name.value, name);
    },
  });
  return { literals, uses };
}

/**
 * The first bad string in a variable's value, with the input field it is under. Iterative, so a
 * deeply nested value (the body may hold 100,000 brackets) cannot overflow the stack.
 */
function findInValue(root: unknown, rootName: string): { name: string; problem: string } | null {
  const stack: { value: unknown; name: string }[] = [{ value: root, name: rootName }];
  while (stack.length > 0) {
    const { value, name } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { name, problem };
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, name });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = textProblem(key);
        if (keyProblem) return { name, problem: keyProblem };
        stack.push({ value: item, name: key });
      }
    }
  }
  return null;
}

/**
 * The one place where every incoming string is checked, before any resolver runs: the literals in
 * the document and every value of the operation's variables. A bad one refuses the whole
 * operation with BAD_USER_INPUT naming the argument or input field, so nothing is written and
 * PostgreSQL never sees it.
 */
export const textInputPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (!operation) return;
        const { literals, uses } = readOperation(operation);
        let found: { name: string; problem: string } | null = null;
        for (const literal of literals) {
          const problem = textProblem(literal.value);
          if (problem) {
            found = { name: literal.name, problem };
            break;
          }
        }
        const variables = request.variables ?? {};
        for (const definition of found ? [] : (operation.variableDefinitions ?? [])) {
          const variable = definition.variable.name.value;
          if (!Object.prototype.hasOwnProperty.call(variables, variable)) continue;
          found = findInValue(variables[variable], uses.get(variable) ?? variable);
          if (found) break;
        }
        if (found) {
          throw new GraphQLError(`${found.name}: ${found.problem}`, {
            originalError: DomainError.badInput(found.name, found.problem),
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
