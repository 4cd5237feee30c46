import type { CustomerType, LifecycleStage } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_CHANNELS,
  CUSTOMER_TYPES,
  GENDERS,
  LIFECYCLE_STAGES,
  SOURCES,
  isConsentMethod,
  isCustomerType,
  isGender,
  isKnownSource,
  isLifecycleStage,
} from '../../../ui/customerLists';

/** Translated names of the customer classifications, and select options of them. */
export function useCustomerLabels() {
  const { t } = useTranslation();
  const stage = (value: LifecycleStage) => t(`customers.stages.${value}`);
  const type = (value: CustomerType) => t(`customers.types.${value}`);
  // A workspace may use sources of its own: those are shown as stored.
  const source = (value: string) => (isKnownSource(value) ? t(`customers.sources.${value}`) : value);
  return {
    stage,
    type,
    source,
    gender: (value: string) => (isGender(value) ? t(`customers.genders.${value}`) : value),
    method: (value: string) => (isConsentMethod(value) ? t(`consent.methods.${value}`) : value),
    /** Any enum value of a field, for chips and history; unknown values as they are. */
    valueOf: (field: string, value: string): string => {
      if (field === 'lifecycleStage' && isLifecycleStage(value)) return stage(value);
      if (field === 'customerType' && isCustomerType(value)) return type(value);
      if (field === 'source') return source(value);
      if (field === 'gender' && isGender(value)) return t(`customers.genders.${value}`);
      return value;
    },
    stageOptions: LIFECYCLE_STAGES.map((value) => ({ value, label: stage(value) })),
    typeOptions: CUSTOMER_TYPES.map((value) => ({ value, label: type(value) })),
    sourceOptions: SOURCES.map((value) => ({ value, label: t(`customers.sources.${value}`) })),
    genderOptions: GENDERS.map((value) => ({ value, label: t(`customers.genders.${value}`) })),
    channelOptions: CONSENT_CHANNELS.map((value) => ({ value, label: t(`consent.channels.${value}`) })),
  };
}
