import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import type { RateLimiter } from '@app/database';
import type { GraphqlContext } from './graphql-context';
import { mutationCost } from './mutation-cost';

/**
 * At most 1000 tokens per document, counted by graphql-js's own parser (Apollo's `parseOptions`).
 * Not Armor's token limit: it parses the document a second time in a `parsingDidStart` hook, where
 * any syntax error escapes Apollo's handling and is answered with HTTP 500.
 */
export const PARSE_OPTIONS = { maxTokens: 1000 };

/**
 * Limits checked before any resolver or SQL runs (GraphQL Armor): depth, cost, aliases and
 * directives (tokens: `PARSE_OPTIONS`); field suggestions hidden in production. Depth is 8 rather
 * than Armor's 6: `meetup → minutes → decisions → issues → submitter → organization` is a real
 * question.
 */
export function graphqlArmor(config: AppConfig) {
  return new ApolloArmor({
    maxDepth: { n: 8 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

/**
 * Mutations per member and minute, counted in PostgreSQL so every api process shares the count:
 * each mutation field of the document counts (aliases included), at its cost (`MUTATION_COSTS`).
 * A document is admitted whole when its cost fits in what is left of the member's minute, or
 * refused whole (nothing runs, nothing is counted).
 */
export function mutationRateLimitPlugin(config: AppConfig, rateLimiter: RateLimiter): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.actor) return;
          try {
            await rateLimiter.take(
              { key: `mutations:${contextValue.actor.memberId}`, limit: config.auth.mutationsPerMemberPerMinute, windowSeconds: 60 },
              mutationCost(document, operation, request.variables),
              'Too many changes in a minute; wait a moment and try again',
            );
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: error.code, retryAfter: error.details.retryAfterSeconds, http: { status: 429 } },
            });
          }
        },
      };
    },
  };
}
