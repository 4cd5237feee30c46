import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPhone, telHref } from '../../../../i18n/format';

type ContactListProps = {
  phones: { number: string; label?: string; display?: string }[];
  emails: { address: string; label?: string }[];
};

/** Phones as "0912 345 678" that dial on a phone, and e-mails that open the mail app. */
export function ContactList({ phones, emails }: ContactListProps) {
  const { t } = useTranslation();
  if (phones.length === 0 && emails.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('record.noContact')}
      </Text>
    );
  }
  return (
    <Stack gap={8} data-testid="contact-list">
      {phones.map((phone, index) => (
        <Group key={phone.number} gap="xs" wrap="nowrap">
          <IconPhone size={16} color="var(--mantine-color-dimmed)" style={{ flex: 'none' }} />
          <Anchor href={telHref(phone.number)} size="sm" fw={500} data-testid="contact-phone">
            {phone.display ?? formatPhone(phone.number)}
          </Anchor>
          {phone.label ? (
            <Text size="xs" c="dimmed">
              {phone.label}
            </Text>
          ) : null}
          {index === 0 && phones.length > 1 ? (
            <Badge size="xs" variant="light">
              {t('customerForm.primary')}
            </Badge>
          ) : null}
        </Group>
      ))}
      {emails.map((email, index) => (
        <Group key={email.address} gap="xs" wrap="nowrap">
          <IconMail size={16} color="var(--mantine-color-dimmed)" style={{ flex: 'none' }} />
          <Anchor href={`mailto:${email.address}`} size="sm" className="tandem-break" data-testid="contact-email">
            {email.address}
          </Anchor>
          {email.label ? (
            <Text size="xs" c="dimmed">
              {email.label}
            </Text>
          ) : null}
          {index === 0 && emails.length > 1 ? (
            <Badge size="xs" variant="light">
              {t('customerForm.primary')}
            </Badge>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}
