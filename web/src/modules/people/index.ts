export { PeopleListPage } from './components/PeopleListPage';
export { PersonPage } from './components/PersonPage';
export { PersonFormModal } from './components/PersonFormModal';
export { PEOPLE_LIST } from './peopleList';
