export { TasksPage } from './components/TasksPage';
export { CustomerTasks } from './components/PersonTasks';
export { TaskDrawer } from './components/TaskDrawer';
export { parseTasksSearch, searchOfApiLink, type TasksSearch } from './tasksSearch';
