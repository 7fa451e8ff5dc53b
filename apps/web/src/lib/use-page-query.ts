import { useRef } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';

/**
 * A page's query that keeps showing what it last had while a refetch fails (a lost connection
 * after a mutation must not blank the page and take what was being typed with it).
 */
export function usePageQuery<Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>): UseQueryResponse<Data, Variables> {
  const [result, reexecute] = useQuery<Data, Variables>(args);
  const key = JSON.stringify(args.variables ?? null);
  const last = useRef<{ key: string; data: Data } | null>(null);
  if (result.data !== undefined) last.current = { key, data: result.data };
  const data = result.data ?? (last.current?.key === key ? last.current.data : undefined);
  return [{ ...result, data }, reexecute];
}
