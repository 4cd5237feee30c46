import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@tandem/shared';
import { LOCALES } from './sharedLists';

type LanguageSwitchProps = {
  value: Locale;
  onChange: (locale: Locale) => void;
  /** Lighter styling for use on a coloured background. */
  variant?: 'default' | 'subtle';
};

/** A compact menu to choose the UI language; what choosing does is up to the caller. */
export function LanguageSwitch({ value, onChange, variant = 'subtle' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <Button
          variant={variant}
          color="gray"
          size="compact-sm"
          leftSection={<IconLanguage size={16} stroke={1.8} />}
          aria-label={t('language.label')}
          data-testid="language-switch"
        >
          {value.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            onClick={() => onChange(locale)}
            rightSection={locale === value ? <IconCheck size={14} /> : null}
            data-testid={`language-option-${locale}`}
            lang={locale}
          >
            {t(`language.${locale}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
