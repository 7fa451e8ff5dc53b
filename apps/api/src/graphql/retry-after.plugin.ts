import type { ApolloServerPlugin } from '@apollo/server';

/** Adds `Retry-After` when an operation was refused with TOO_MANY_REQUESTS. */
export const retryAfterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        const retryAfter = errors
          .map((error) => (error.extensions?.code === 'TOO_MANY_REQUESTS' ? Number(error.extensions.retryAfter ?? 0) : 0))
          .reduce((a, b) => Math.max(a, b), 0);
        if (retryAfter > 0) {
          response.http.headers.set('retry-after', String(retryAfter));
          if (!response.body.singleResult.data) response.http.status = 429;
        }
      },
    };
  },
};
