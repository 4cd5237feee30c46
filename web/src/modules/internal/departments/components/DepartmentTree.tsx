import { ActionIcon, Badge, Box, Button, Collapse, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconBuilding, IconChevronDown, IconChevronRight, IconUserStar, IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentNode } from '../tree';
import { flattenTree } from '../tree';
import classes from './DepartmentTree.module.css';

/** The organization as a tree: each department with its head and headcount; branches open and close. */
export function DepartmentTree({ roots }: { roots: DepartmentNode[] }) {
  const { t } = useTranslation('internal');
  const withChildren = flattenTree(roots).filter((n) => n.children.length > 0).map((n) => n.department.id);
  // Top-level departments start open: the first level under the board is what people look for.
  const [open, setOpen] = useState<Set<string>>(() => new Set(roots.map((r) => r.department.id)));
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack gap="xs">
      {withChildren.length ? (
        <Group gap="xs" justify="flex-end">
          <Button variant="subtle" size="compact-xs" onClick={() => setOpen(new Set(withChildren))} data-testid="tree-expand-all">
            {t('departments.expandAll')}
          </Button>
          <Button variant="subtle" size="compact-xs" color="gray" onClick={() => setOpen(new Set())} data-testid="tree-collapse-all">
            {t('departments.collapseAll')}
          </Button>
        </Group>
      ) : null}
      <Box role="tree" aria-label={t('departments.treeLabel')}>
        {roots.map((node) => (
          <TreeBranch key={node.department.id} node={node} open={open} onToggle={toggle} />
        ))}
      </Box>
    </Stack>
  );
}

function TreeBranch({ node, open, onToggle }: { node: DepartmentNode; open: ReadonlySet<string>; onToggle: (id: string) => void }) {
  const { t } = useTranslation('internal');
  const { department, children } = node;
  const expanded = open.has(department.id);
  return (
    <Box role="treeitem" aria-expanded={children.length ? expanded : undefined} data-testid="department-node" data-name={department.name}>
      <div className={classes.row}>
        <div className={classes.toggle}>
          {children.length ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => onToggle(department.id)}
              aria-label={expanded ? t('departments.collapse', { name: department.name }) : t('departments.expand', { name: department.name })}
              data-testid="department-toggle"
            >
              {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          ) : null}
        </div>
        <ThemeIcon variant="light" size={32} radius="md" visibleFrom="xs">
          <IconBuilding size={18} />
        </ThemeIcon>
        <Link to="/internal/departments/$departmentId" params={{ departmentId: department.id }} className={classes.name}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm" lineClamp={2} className={classes.title}>
              {department.name}
            </Text>
            {department.code ? (
              <Badge size="xs" variant="outline" color="gray" style={{ flex: 'none' }} visibleFrom="sm">
                {department.code}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconUserStar size={13} style={{ flex: 'none' }} />
            <Text size="xs" truncate="end">
              {department.headName ?? t('departments.noHead')}
            </Text>
          </Group>
        </Link>
        <Tooltip label={children.length ? t('departments.headcountWithSub', { own: department.headcount, total: node.totalHeadcount }) : t('departments.headcount', { count: department.headcount })}>
          <Stack gap={0} align="flex-end" style={{ flex: 'none' }}>
            <Badge variant="light" color="gray" leftSection={<IconUsers size={12} />} data-testid="department-headcount">
              {department.headcount}
            </Badge>
            {children.length ? (
              <Text size="xs" c="dimmed" mt={2}>
                {t('departments.totalShort', { count: node.totalHeadcount })}
              </Text>
            ) : null}
          </Stack>
        </Tooltip>
      </div>
      {children.length ? (
        <Collapse expanded={expanded}>
          <div className={classes.guide} role="group">
            {children.map((child) => (
              <TreeBranch key={child.department.id} node={child} open={open} onToggle={onToggle} />
            ))}
          </div>
        </Collapse>
      ) : null}
    </Box>
  );
}
