export { GlobalSearch } from './components/GlobalSearch';
export { useCustomerSearch } from './hooks/useCustomerSearch';
export { searchCustomers, type SearchKind } from './api/searchApi';
