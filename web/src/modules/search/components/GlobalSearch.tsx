import { ActionIcon, Group, Kbd, Loader, Modal, Stack, Text, TextInput, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconBuildingStore, IconSearch, IconUser } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSearchHit } from '@tandem/shared';
import { formatPhone } from '../../../i18n/format';
import { QueryError } from '../../../ui/ListStates';
import { useCustomerSearch } from '../hooks/useCustomerSearch';
import classes from './GlobalSearch.module.css';

/**
 * Tìm khách hàng from anywhere: the header box or Ctrl/⌘+K. "nguyen van duc" finds "Nguyễn Văn Đức",
 * "0912 345 678" finds the number however it was stored; Enter opens the best match.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const os = useOs();
  const [opened, { open, close }] = useDisclosure(false);
  // Ctrl/⌘+K works even while typing in another field.
  useHotkeys([['mod+K', open]], []);
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';

  return (
    <>
      <UnstyledButton className={classes.trigger} onClick={open} visibleFrom="sm" aria-label={t('search.open')} data-testid="global-search">
        <Group gap="xs" wrap="nowrap">
          <IconSearch size={16} stroke={1.8} />
          <Text size="sm" c="dimmed" style={{ flex: 1 }} truncate="end">
            {t('search.placeholderShort')}
          </Text>
          <Kbd size="xs">{mod} K</Kbd>
        </Group>
      </UnstyledButton>
      <ActionIcon variant="subtle" color="gray" size="lg" onClick={open} hiddenFrom="sm" aria-label={t('search.open')} data-testid="global-search-phone">
        <IconSearch size={20} />
      </ActionIcon>
      <Modal
        opened={opened}
        onClose={close}
        withCloseButton={false}
        centered={false}
        yOffset="8vh"
        size="lg"
        padding={0}
        aria-label={t('search.title')}
        transitionProps={{ duration: 120 }}
      >
        {opened ? <SearchPanel onDone={close} /> : null}
      </Modal>
    </>
  );
}

function SearchPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const search = useCustomerSearch(text, { limit: 10 });
  const hits = text.trim() ? (search.data ?? []) : [];

  const openHit = (hit: TSearchHit) => {
    onDone();
    if (hit.kind === 'person') void navigate({ to: '/customers/people/$personId', params: { personId: hit.id } });
    else void navigate({ to: '/customers/organizations/$organizationId', params: { organizationId: hit.id } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit) openHit(hit);
    }
  };

  return (
    <div>
      <TextInput
        size="lg"
        variant="unstyled"
        px="md"
        className={classes.input}
        leftSection={<IconSearch size={20} />}
        rightSection={search.isFetching ? <Loader size="xs" /> : null}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        aria-label={t('search.title')}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="global-search-results"
        aria-activedescendant={hits[active] ? `search-hit-${hits[active].id}` : undefined}
        data-testid="global-search-input"
      />
      <div className={classes.results} id="global-search-results" role="listbox">
        {search.isError ? (
          <div style={{ padding: 'var(--mantine-spacing-md)' }}>
            <QueryError error={search.error} onRetry={() => void search.refetch()} />
          </div>
        ) : !text.trim() ? (
          <Text size="sm" c="dimmed" p="md">
            {t('search.hint')}
          </Text>
        ) : hits.length === 0 && search.settled ? (
          <Text size="sm" c="dimmed" p="md" data-testid="global-search-empty">
            {t('search.noResults', { q: text.trim() })}
          </Text>
        ) : (
          <Stack gap={2} p={6}>
            {hits.map((hit, index) => (
              <UnstyledButton
                key={`${hit.kind}-${hit.id}`}
                id={`search-hit-${hit.id}`}
                role="option"
                aria-selected={index === active}
                className={classes.hit}
                data-active={index === active || undefined}
                onMouseEnter={() => setActive(index)}
                onClick={() => openHit(hit)}
                data-testid="global-search-hit"
              >
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" radius="xl" size={34} color={hit.kind === 'person' ? 'ocean' : 'grape'}>
                    {hit.kind === 'person' ? <IconUser size={18} /> : <IconBuildingStore size={18} />}
                  </ThemeIcon>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate="end">
                      {hit.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate="end">
                      {[
                        hit.kind === 'person' ? t('search.person') : t('search.organization'),
                        hit.phone ? formatPhone(hit.phone) : null,
                        hit.email,
                        hit.taxCode ? t('search.taxCode', { code: hit.taxCode }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  {index === active ? <Kbd size="xs">↵</Kbd> : null}
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        )}
      </div>
      <Group gap="md" px="md" py={8} className={classes.footer} visibleFrom="sm">
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('search.navigate')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↵</Kbd> {t('search.openHit')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Esc</Kbd> {t('search.close')}
        </Text>
      </Group>
    </div>
  );
}
