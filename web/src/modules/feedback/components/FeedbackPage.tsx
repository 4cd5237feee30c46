import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { usePermissions } from '../../auth';
import type { FeedbackFilters } from '../api/feedbackApi';
import { FeedbackDrawer } from './FeedbackDrawer';
import { FeedbackInbox } from './FeedbackInbox';
import { LogFeedbackModal } from './LogFeedbackModal';
import { LoopMetricsCard } from './LoopMetricsCard';
import { ProductPhasesPanel } from './ProductPhasesPanel';

export type FeedbackSearch = FeedbackFilters & { id?: string; tab?: 'inbox' | 'products' };

const KEYS = ['status', 'sentiment', 'source', 'tag', 'owner', 'productId', 'from', 'to', 'id', 'tab'] as const;
export function parseFeedbackSearch(raw: Record<string, unknown>): FeedbackSearch {
  const out: Record<string, string> = {};
  for (const k of KEYS) if (typeof raw[k] === 'string' && raw[k]) out[k] = raw[k] as string;
  if (out.tab && out.tab !== 'inbox' && out.tab !== 'products') delete out.tab;
  return out as FeedbackSearch;
}

/** Phản hồi: every piece of feedback in one inbox, the closed-loop figures, and product feedback by phase. */
export function FeedbackPage({ search, onSearchChange }: { search: FeedbackSearch; onSearchChange: (s: FeedbackSearch) => void }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [logging, setLogging] = useState(false);
  const { id, tab, ...filters } = search;
  return (
    <>
      <PageHeader
        title={t('feedback.title')}
        description={t('feedback.description')}
        actions={
          can('feedback.write') ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setLogging(true)} data-testid="log-feedback">
              {t('feedback.log.open')}
            </Button>
          ) : null
        }
      />
      <Tabs value={tab ?? 'inbox'} onChange={(v) => onSearchChange({ ...search, tab: v === 'products' ? 'products' : undefined })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="inbox">{t('feedback.tabs.inbox')}</Tabs.Tab>
          <Tabs.Tab value="products" data-testid="tab-products">
            {t('feedback.tabs.products')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox">
          <LoopMetricsCard />
          <FeedbackInbox filters={filters} onFiltersChange={(f) => onSearchChange({ ...f, ...(id ? { id } : {}) })} onOpen={(open) => onSearchChange({ ...search, id: open })} />
        </Tabs.Panel>
        <Tabs.Panel value="products">
          <ProductPhasesPanel />
        </Tabs.Panel>
      </Tabs>
      <FeedbackDrawer id={id ?? null} onClose={() => onSearchChange({ ...filters, ...(tab ? { tab } : {}) })} />
      <LogFeedbackModal
        opened={logging}
        onClose={() => setLogging(false)}
        onCreated={(created) => {
          setLogging(false);
          onSearchChange({ ...search, id: created });
        }}
      />
    </>
  );
}
