import { describe, expect, it } from 'vitest';
import type { TDepartment } from '../common/types';
import { ancestorsOf, buildDepartmentTree, departmentOptions, descendantIds, flattenTree } from './tree';

const dept = (id: string, name: string, parentId: string | null, headcount = 1, archived = false): TDepartment => ({
  id,
  name,
  code: null,
  description: null,
  parentId,
  headEmployeeId: null,
  headName: null,
  headcount,
  archived,
});

describe('buildDepartmentTree', () => {
  const list = [
    dept('it', 'Phòng Công nghệ thông tin', 'bod', 7),
    dept('bod', 'Ban Giám đốc', null, 1),
    dept('hr', 'Phòng Hành chính – Nhân sự', 'bod', 4),
    dept('dev', 'Nhóm Phát triển', 'it', 3),
    dept('ops', 'Đội Vận hành', null, 2),
    dept('dm', 'Dịch vụ', null, 2),
  ];

  it('nests by parentId and sorts siblings the Vietnamese way', () => {
    const tree = buildDepartmentTree(list);
    expect(tree.map((n) => n.department.id)).toEqual(['bod', 'dm', 'ops']);
    expect(tree[0]!.children.map((n) => n.department.id)).toEqual(['it', 'hr']);
    expect(tree[0]!.children[0]!.children[0]!.depth).toBe(2);
  });

  it('adds the headcount of the departments below', () => {
    const [bod] = buildDepartmentTree(list);
    expect(bod!.totalHeadcount).toBe(1 + 7 + 3 + 4);
  });

  it('puts a department with an unknown parent at the top', () => {
    const tree = buildDepartmentTree([dept('a', 'A', 'gone')]);
    expect(tree.map((n) => n.department.id)).toEqual(['a']);
  });

  it('survives a cycle without recursing forever', () => {
    const tree = buildDepartmentTree([dept('a', 'A', 'b'), dept('b', 'B', 'a'), dept('self', 'Self', 'self')]);
    expect(flattenTree(tree).map((n) => n.department.id).sort()).toEqual(['a', 'b', 'self']);
  });

  it('finds descendants and ancestors', () => {
    const tree = buildDepartmentTree(list);
    expect([...descendantIds(tree, 'it')].sort()).toEqual(['dev', 'it']);
    expect(ancestorsOf(list, 'dev').map((d) => d.id)).toEqual(['bod', 'it']);
  });

  it('orders select options as the tree and leaves out archived and excluded departments', () => {
    const options = departmentOptions([...list, dept('old', 'Cũ', null, 0, true)], new Set(['hr']));
    expect(options.map((o) => [o.label, o.depth])).toEqual([
      ['Ban Giám đốc', 0],
      ['Phòng Công nghệ thông tin', 1],
      ['Nhóm Phát triển', 2],
      ['Dịch vụ', 0],
      ['Đội Vận hành', 0],
    ]);
  });
});
