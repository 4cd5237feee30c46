import type { EmailStatus } from '@tandem/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createEmailTemplate,
  deleteEmailSettings,
  deleteEmailTemplate,
  getEmailSettings,
  listEmailMessages,
  listEmailTemplates,
  personEmailTimeline,
  retryEmailMessage,
  saveEmailSettings,
  sendEmail,
  testEmailSettings,
  updateEmailTemplate,
  type EmailTemplateInput,
} from '../api/emailApi';

const KEY = ['email'] as const;

export function useEmailSettings(enabled = true) {
  return useQuery({ queryKey: [...KEY, 'settings'], queryFn: getEmailSettings, enabled });
}

export function useSaveEmailSettings() {
  const client = useQueryClient();
  return useMutation({ mutationFn: saveEmailSettings, onSuccess: (data) => client.setQueryData([...KEY, 'settings'], data) });
}

export function useDeleteEmailSettings() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteEmailSettings, onSuccess: () => void client.invalidateQueries({ queryKey: [...KEY, 'settings'] }) });
}

export function useTestEmailSettings() {
  return useMutation({ mutationFn: testEmailSettings });
}

export function useEmailTemplates() {
  return useQuery({ queryKey: [...KEY, 'templates'], queryFn: listEmailTemplates });
}

export function useSaveEmailTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: EmailTemplateInput }) => (id ? updateEmailTemplate(id, body) : createEmailTemplate(body)),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...KEY, 'templates'] }),
  });
}

export function useDeleteEmailTemplate() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteEmailTemplate, onSuccess: () => void client.invalidateQueries({ queryKey: [...KEY, 'templates'] }) });
}

export function useEmailMessages(filters: { status?: EmailStatus; personId?: string }) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'messages', filters],
    queryFn: ({ pageParam }) => listEmailMessages(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Queued messages change status within seconds: refresh while the page is open.
    refetchInterval: 15_000,
  });
}

export function usePersonEmailTimeline(personId: string) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'timeline', personId],
    queryFn: ({ pageParam }) => personEmailTimeline(personId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 20_000,
  });
}

export function useSendEmail() {
  const client = useQueryClient();
  return useMutation({ mutationFn: sendEmail, onSuccess: () => void client.invalidateQueries({ queryKey: KEY }) });
}

export function useRetryEmail() {
  const client = useQueryClient();
  return useMutation({ mutationFn: retryEmailMessage, onSuccess: () => void client.invalidateQueries({ queryKey: KEY }) });
}
