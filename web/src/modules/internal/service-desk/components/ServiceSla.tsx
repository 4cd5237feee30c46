import { Group, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import type { TService } from '../../common/types';
import { minutesToHours } from '../hours';

/** "Phản hồi trong 4 giờ · giải quyết trong 25,5 giờ làm việc". */
export function ServiceSla({ service }: { service: Pick<TService, 'firstResponseMinutes' | 'resolutionMinutes'> }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  return (
    <Group gap={4} wrap="nowrap" c="dimmed">
      <IconClock size={13} style={{ flex: 'none' }} />
      <Text size="xs">
        {t('services.slaLine', {
          response: format.number(minutesToHours(service.firstResponseMinutes)),
          resolution: format.number(minutesToHours(service.resolutionMinutes)),
        })}
      </Text>
    </Group>
  );
}
