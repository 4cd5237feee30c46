import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

// Mantine's `component={Link}` loses the router's types for params; `renderRoot` keeps them checked.

type EntityLinkProps = AnchorProps & { id: string; children: ReactNode; 'data-testid'?: string };

export function DepartmentLink({ id, ...props }: EntityLinkProps) {
  return <Anchor {...props} renderRoot={(root) => <Link {...root} to="/internal/departments/$departmentId" params={{ departmentId: id }} />} />;
}

export function EmployeeLink({ id, ...props }: EntityLinkProps) {
  return <Anchor {...props} renderRoot={(root) => <Link {...root} to="/internal/employees/$employeeId" params={{ employeeId: id }} />} />;
}

export function RequestLink({ id, ...props }: EntityLinkProps) {
  return <Anchor {...props} renderRoot={(root) => <Link {...root} to="/internal/requests/$requestId" params={{ requestId: id }} />} />;
}
