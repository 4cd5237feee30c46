import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@tandem/shared';

const ROLE_COLOR: Record<Role, string> = {
  owner: 'ocean',
  admin: 'indigo',
  manager: 'teal',
  staff: 'gray',
  hr: 'grape',
  viewer: 'gray',
};

/** A role's translated name as a badge. */
export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLOR[role]} variant={role === 'viewer' ? 'outline' : 'light'}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
