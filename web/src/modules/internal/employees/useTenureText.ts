import { useTranslation } from 'react-i18next';
import type { TEmployee } from '../common/types';
import { employeeTenure, splitTenure } from './tenure';

/** "3 năm 2 tháng", "5 tháng", "Chưa đủ 1 tháng"; "Chưa bắt đầu" before the start date. */
export function useTenureText() {
  const { t } = useTranslation('internal');
  const fromMonths = (months: number | null): string => {
    if (months === null) return t('tenure.notStarted');
    const { years, months: rest } = splitTenure(months);
    if (years && rest) return t('tenure.yearsMonths', { years, months: rest });
    if (years) return t('tenure.years', { count: years });
    if (rest) return t('tenure.months', { count: rest });
    return t('tenure.underMonth');
  };
  const text = (employee: Pick<TEmployee, 'startDate' | 'leftDate' | 'status'>) => fromMonths(employeeTenure(employee));
  text.fromMonths = fromMonths;
  return text;
}
