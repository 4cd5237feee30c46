export { MembersPanel } from './components/MembersPanel';
export { useMemberDirectory } from './hooks/useMemberDirectory';
