import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodName } from '../../src-main/contract.ts';
import { call, type Input, type Output } from './client.ts';
import { transport } from './client.ts';

/** Reads through the contract; cached per method and input, refreshed after any write. */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M>, enabled = true) {
  return useQuery<Output<M>>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApiMutation<M extends MethodName>(method: M) {
  const queryClient = useQueryClient();
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Refreshes every open screen when the backend reports a write (from another window, an import…). */
export function useBackendEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => transport.on('changed', () => void queryClient.invalidateQueries()), [queryClient]);
}
