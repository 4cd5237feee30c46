// The customers area's shared parts: list state and filters, list controls, record sections and form
// sections used by both people and organizations.
export { filterParam, type Filter, type Condition } from './filters';
export { listState, parseListSearch, toListSearch, type ListDefaults, type ListSearch, type ListState } from './listState';
export type { ColumnDef, FilterFieldDef, Option } from './listTypes';
export { useCustomerLabels } from './hooks/useCustomerLabels';
export { useListFields } from './hooks/useListFields';
export { LifecycleBadge, STAGE_COLOR } from './components/LifecycleBadge';
export { RecordTable, EmptyCell, type Selection } from './components/RecordTable';
export { ListControls } from './components/ListControls';
export { ExportMenu } from './components/ExportMenu';
export { ContactList } from './components/record/ContactList';
export { AddressView } from './components/record/AddressView';
export { TagList } from './components/record/TagList';
export { Section } from './components/record/Section';
export { CustomFieldsList } from './components/record/CustomFieldsList';
export { DuplicateMatches } from './components/record/DuplicateMatches';
export { PhonesInput, EmailsInput, phonesToRequest, emailsToRequest } from './components/form/ContactListInput';
export type { PhoneRow, EmailRow } from './components/form/ContactListInput';
export { ClassificationFields, type ClassificationValues } from './components/form/ClassificationFields';
export { localizedFieldErrors } from './components/form/fieldErrors';
export { useRecordHistory } from './history/useRecordHistory';
export { CustomersTabs, type CustomersTab } from './components/CustomersTabs';
export { TagBadges } from './components/TagBadges';
export { PersonLink, OrganizationLink } from './components/RecordLinks';
