import type { CombinedError } from '@urql/core';
import { ProblemMessage } from './ProblemMessage';

/** A failed page query, with a retry that asks the server again. */
export function QueryProblem({ error, retry }: { error: CombinedError; retry: (opts: { requestPolicy: 'network-only' }) => void }) {
  return <ProblemMessage error={error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
}
