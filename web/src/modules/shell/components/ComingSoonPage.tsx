import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeaturePreview } from '../../../ui/FeaturePreview';
import { PageHeader } from '../../../ui/PageHeader';
import type { UpcomingArea } from '../navItems';

const AREA_ICON: Record<UpcomingArea, typeof IconChartBar> = {
  analytics: IconChartBar,
};

/** An area that is on its way: what it will do, in the user's language. */
export function ComingSoonPage({ area }: { area: UpcomingArea }) {
  const { t } = useTranslation();
  const Icon = AREA_ICON[area];
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} description={t(`areas.${area}.lead`)} />
      <FeaturePreview
        icon={<Icon size={30} stroke={1.6} />}
        badge={t('areas.badge')}
        title={t(`areas.${area}.title`)}
        description={t(`areas.${area}.description`)}
        highlights={[
          t(`areas.${area}.h1`),
          t(`areas.${area}.h2`),
          t(`areas.${area}.h3`),
          t(`areas.${area}.h4`),
        ]}
      />
    </>
  );
}
