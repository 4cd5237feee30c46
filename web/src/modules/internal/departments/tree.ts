import type { TDepartment } from '../common/types';

export type DepartmentNode = {
  department: TDepartment;
  children: DepartmentNode[];
  /** 0 for a top-level department. */
  depth: number;
  /** Everyone in the department and the departments under it. */
  totalHeadcount: number;
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The department tree from the flat list the API sends (a tree by `parentId`). A department whose
 * parent is missing (archived and filtered out, or another workspace's) becomes a root, and a cycle
 * — which the server refuses, but data can be old — is cut instead of recursing forever.
 * Siblings are sorted by name the Vietnamese way ("Ban…" before "Phòng…", "Đ" after "D").
 */
export function buildDepartmentTree(departments: readonly TDepartment[]): DepartmentNode[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const childrenOf = new Map<string | null, TDepartment[]>();
  for (const d of departments) {
    const parent = d.parentId && byId.has(d.parentId) && d.parentId !== d.id ? d.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(d);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): DepartmentNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((d) => !seen.has(d.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((department) => {
        seen.add(department.id);
        const children = build(department.id, depth + 1);
        const totalHeadcount = department.headcount + children.reduce((sum, c) => sum + c.totalHeadcount, 0);
        return { department, children, depth, totalHeadcount };
      });
  const roots = build(null, 0);
  // Departments only reachable through a cycle (A → B → A) have no root: show them at the top.
  const stranded = departments.filter((d) => !seen.has(d.id));
  for (const d of stranded) {
    if (seen.has(d.id)) continue;
    seen.add(d.id);
    roots.push({ department: d, children: build(d.id, 1), depth: 0, totalHeadcount: d.headcount });
  }
  return roots;
}

/** Every node, parents before children, in display order. */
export function flattenTree(nodes: readonly DepartmentNode[]): DepartmentNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The ids of a department and of every department under it (for "move under" pickers: none of them may become its parent). */
export function descendantIds(nodes: readonly DepartmentNode[], id: string): Set<string> {
  const found = flattenTree(nodes).find((n) => n.department.id === id);
  return new Set(found ? flattenTree([found]).map((n) => n.department.id) : [id]);
}

/** The chain of parents of a department, top first, itself excluded. */
export function ancestorsOf(departments: readonly TDepartment[], id: string): TDepartment[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const chain: TDepartment[] = [];
  const seen = new Set<string>([id]);
  let current = byId.get(id)?.parentId ?? null;
  while (current && !seen.has(current)) {
    const parent = byId.get(current);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(current);
    current = parent.parentId;
  }
  return chain;
}

/** Select options in tree order, with each one's depth for indenting it in the dropdown. */
export function departmentOptions(departments: readonly TDepartment[], exclude: ReadonlySet<string> = new Set()) {
  return flattenTree(buildDepartmentTree(departments.filter((d) => !d.archived)))
    .filter((n) => !exclude.has(n.department.id))
    .map((n) => ({ value: n.department.id, label: n.department.name, depth: n.depth }));
}
