import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TConsentInput, TCreatePersonRequest, TPerson, TUpdatePersonRequest } from '@tandem/shared';
import {
  consentHistory,
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  mergePeople,
  personDuplicates,
  recordConsent,
  restorePerson,
  updatePerson,
  type PeopleListQuery,
} from '../api/peopleApi';

const PEOPLE_KEY = ['people'] as const;
const personKey = (id: string) => ['people', 'one', id] as const;

/** The people list, page after page by cursor; the previous rows stay while a new filter loads. */
export function usePeopleList(query: PeopleListQuery) {
  return useInfiniteQuery({
    queryKey: ['people', 'list', query],
    queryFn: ({ pageParam }) => listPeople(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: () => getPerson(id) });
}

export function usePersonDuplicates(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['people', 'duplicates', id], queryFn: () => personDuplicates(id), enabled });
}

export function useConsentHistory(id: string) {
  return useQuery({ queryKey: ['people', 'consents', id], queryFn: () => consentHistory(id) });
}

/** After any change to people, lists, records, duplicates and history are read again. */
function useRefreshPeople() {
  const queryClient = useQueryClient();
  return (person?: TPerson) => {
    if (person) queryClient.setQueryData(personKey(person.id), person);
    void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
    void queryClient.invalidateQueries({ queryKey: ['events'] });
    void queryClient.invalidateQueries({ queryKey: ['organizations'] });
  };
}

export function useCreatePerson() {
  const refresh = useRefreshPeople();
  return useMutation({ mutationFn: (body: TCreatePersonRequest) => createPerson(body), onSuccess: refresh });
}

export function useUpdatePerson() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdatePersonRequest }) => updatePerson(id, body),
    onSuccess: refresh,
  });
}

export function useDeletePerson() {
  const refresh = useRefreshPeople();
  return useMutation({ mutationFn: (id: string) => deletePerson(id), onSuccess: () => refresh() });
}

export function useRestorePerson() {
  const refresh = useRefreshPeople();
  return useMutation({ mutationFn: (id: string) => restorePerson(id), onSuccess: refresh });
}

export function useMergePeople() {
  const refresh = useRefreshPeople();
  return useMutation({
    mutationFn: ({ targetId, sourceIds }: { targetId: string; sourceIds: string[] }) => mergePeople({ targetId, sourceIds }),
    onSuccess: refresh,
  });
}

export function useRecordConsent(id: string) {
  const refresh = useRefreshPeople();
  return useMutation({ mutationFn: (body: TConsentInput) => recordConsent(id, body), onSuccess: refresh });
}
