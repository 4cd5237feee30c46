import { Button, Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../api/client';
import { filterParam, type Filter } from '../filters';

type ExportMenuProps = {
  /** `/people/export` or `/organizations/export`. */
  path: string;
  filter: Filter;
  sort: string;
  /** Export columns (the API's names), in order; none exports every column. */
  columns: string[];
};

/** Download what the list shows — same filter, sort and columns — as CSV or Excel. */
export function ExportMenu({ path, filter, sort, columns }: ExportMenuProps) {
  const { t } = useTranslation();
  const href = (format: 'csv' | 'xlsx') =>
    apiUrl(path, { format, filter: filterParam(filter), sort, columns: columns.length ? columns.join(',') : undefined });
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} data-testid="export-menu">
          {t('lists.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('lists.exportHint')}</Menu.Label>
        <Menu.Item component="a" href={href('xlsx')} download leftSection={<IconFileSpreadsheet size={16} />} data-testid="export-xlsx">
          {t('lists.exportXlsx')}
        </Menu.Item>
        <Menu.Item component="a" href={href('csv')} download leftSection={<IconFileText size={16} />} data-testid="export-csv">
          {t('lists.exportCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
