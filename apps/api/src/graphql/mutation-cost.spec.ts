import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { MUTATION_COSTS, mutationCost } from './mutation-cost';

function cost(source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  return mutationCost(document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables);
}

describe('what a mutation document costs against the limit', () => {
  it('counts each field at the root, aliases included, at its cost', () => {
    expect(cost('mutation { supportIssue(id: "a") { id } }')).toBe(1);
    expect(cost('mutation { a: supportIssue(id: "a") { id } b: supportIssue(id: "b") { id } c: withdrawIssueSupport(id: "a") { id } }')).toBe(3);
    const flood = Array.from({ length: 16 }, (_, i) => `c${i}: addIssueComment(issueId: "x", body: "${i}") { id }`).join(' ');
    expect(cost(`mutation { ${flood} }`)).toBe(32);
    expect(cost('mutation { submitIssue(input: {}) { id } addIssueComment(issueId: "x", body: "y") { id } }')).toBe(7);
  });

  it('follows fragments and honours @skip and @include, and leaves __typename out', () => {
    const source = `
      mutation($skip: Boolean!) {
        __typename
        ...Two
        ... on Mutation { c: rsvp(meetupId: "m", response: GOING) { id } }
        d: rsvp(meetupId: "n", response: GOING) @skip(if: $skip) { id }
        e: rsvp(meetupId: "o", response: GOING) @include(if: false) { id }
      }
      fragment Two on Mutation { a: submitIssue(input: {}) { id } b: supportIssue(id: "x") { id } }`;
    expect(cost(source, { skip: true })).toBe(7);
    expect(cost(source, { skip: false })).toBe(8);
  });

  it('names real mutations only', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(Object.keys(MUTATION_COSTS).filter((name) => !mutations.includes(name))).toEqual([]);
  });
});
