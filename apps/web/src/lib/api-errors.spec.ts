import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { problemMessageKey, problemOf, retryMinutes } from './api-errors';

const graphqlError = (extensions: Record<string, unknown>, message = 'message') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('API errors as sentences', () => {
  it('names the field at fault for BAD_USER_INPUT', () => {
    const problem = problemOf(graphqlError({ code: 'BAD_USER_INPUT', field: 'input.title' }, 'title must not be empty'))!;
    expect(problem).toEqual({ kind: 'BAD_USER_INPUT', field: 'title', detail: 'title must not be empty' });
    expect(problemMessageKey(problem)).toBe('error.badInputField');
  });

  it('says when to retry for TOO_MANY_REQUESTS', () => {
    const problem = problemOf(graphqlError({ code: 'TOO_MANY_REQUESTS', retryAfter: 125 }))!;
    expect(problem.retryAfterSeconds).toBe(125);
    expect(problemMessageKey(problem)).toBe('error.tooManyRequestsRetry');
    expect(retryMinutes(125)).toBe(3);
    expect(retryMinutes(5)).toBe(1);
  });

  it('tells a lost connection from a server failure', () => {
    expect(problemOf(new CombinedError({ networkError: new Error('Failed to fetch') }))!.kind).toBe('network');
    expect(problemOf(graphqlError({ code: 'INTERNAL_SERVER_ERROR' }))!.kind).toBe('INTERNAL');
    expect(problemOf(graphqlError({}))!.kind).toBe('INTERNAL');
    expect(problemOf(null)).toBeNull();
  });

  it('maps every public code to its own sentence', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']) {
      expect(problemMessageKey(problemOf(graphqlError({ code }))!)).toBe(`error.${code === 'NOT_FOUND' ? 'notFound' : code.toLowerCase()}`);
    }
  });
});
