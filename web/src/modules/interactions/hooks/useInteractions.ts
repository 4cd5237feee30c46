import type { TCreateInteractionRequest, TInteraction } from '@tandem/shared';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { createInteraction, listInteractions, uploadInteractionFile, type InteractionSubject } from '../api/interactionsApi';

const KEY = ['interactions'] as const;

/** The interactions with a person or an organization, newest first, page by page. */
export function useInteractionList(subject: InteractionSubject) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'list', subject],
    queryFn: ({ pageParam }) => listInteractions(subject, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export class AttachmentUploadError extends Error {
  constructor(
    readonly interaction: TInteraction,
    readonly fileName: string,
    override readonly cause: unknown,
  ) {
    super(`Upload of ${fileName} failed`);
  }
}

/**
 * Log an interaction, then upload its files one by one. If a file is refused the interaction stays
 * logged and the error names the file (`AttachmentUploadError`).
 */
export function useLogInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: { body: TCreateInteractionRequest; files: File[] }) => {
      let interaction = await createInteraction(body);
      for (const file of files) {
        try {
          interaction = await uploadInteractionFile(interaction.id, file);
        } catch (error) {
          throw new AttachmentUploadError(interaction, file.name, error);
        }
      }
      return interaction;
    },
    onSettled: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}
