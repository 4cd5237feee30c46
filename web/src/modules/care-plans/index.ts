export { CarePlansPage } from './components/CarePlansPage';
