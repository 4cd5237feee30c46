import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

type RecordLinkProps = AnchorProps & { id: string; children: ReactNode; target?: string; 'data-testid'?: string };

/** A link to a person's page, styled as an anchor. */
export function PersonLink({ id, ...props }: RecordLinkProps) {
  return <Anchor {...props} renderRoot={(root) => <Link {...root} to="/customers/people/$personId" params={{ personId: id }} />} />;
}

/** A link to an organization's page, styled as an anchor. */
export function OrganizationLink({ id, ...props }: RecordLinkProps) {
  return (
    <Anchor {...props} renderRoot={(root) => <Link {...root} to="/customers/organizations/$organizationId" params={{ organizationId: id }} />} />
  );
}
