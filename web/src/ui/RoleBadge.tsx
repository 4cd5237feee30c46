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

type RoleBadgeProps = { role: Role; /** For use on a coloured background. */ onColor?: boolean };

/** A role's translated name as a badge. */
export function RoleBadge({ role, onColor = false }: RoleBadgeProps) {
  const { t } = useTranslation();
  const variant = onColor ? 'white' : role === 'viewer' ? 'outline' : 'light';
  return (
    <Badge color={ROLE_COLOR[role]} variant={variant}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
