import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateApiKeyRequest } from '@tandem/shared';
import { createApiKey, listApiKeys, revokeApiKey } from '../api/apiKeysApi';

const API_KEYS_KEY = ['api-keys'] as const;

export function useApiKeys() {
  return useInfiniteQuery({
    queryKey: API_KEYS_KEY,
    queryFn: ({ pageParam }) => listApiKeys(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateApiKeyRequest) => createApiKey(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiKey(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}
