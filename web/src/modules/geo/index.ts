export { AddressFields } from './components/AddressFields';
export type { AddressValue } from './components/AddressFields';
export { useProvinces, useProvinceNames, useWards, shortProvinceName } from './hooks/useGeo';
export type { Province, Ward } from './api/geoApi';
