import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createView, deleteView, listViews, updateView, type SaveViewBody, type ViewEntity } from '../api/viewsApi';

const viewsKey = (entity: ViewEntity) => ['views', entity] as const;

export function useSavedViews(entity: ViewEntity) {
  return useQuery({ queryKey: viewsKey(entity), queryFn: () => listViews(entity) });
}

export function useCreateView(entity: ViewEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveViewBody) => createView(entity, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsKey(entity) }),
  });
}

export function useUpdateView(entity: ViewEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<SaveViewBody> }) => updateView(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: viewsKey(entity) }),
  });
}

export function useDeleteView(entity: ViewEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteView(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: viewsKey(entity) }),
  });
}
