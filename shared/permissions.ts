// The role × method table, derived from the contract. Snapshot-tested, written into
// docs/api.md, and shown to the manager, so who-may-do-what is never a surprise.
import { methods, type MethodName } from './api/index.ts';
import type { MethodKind } from './api/contract.ts';
import { ROLES, type Role } from './roles.ts';

export interface PermissionRow {
  method: MethodName;
  kind: MethodKind;
  allowed: Record<Role, boolean>;
}

export function permissionTable(): PermissionRow[] {
  return (Object.keys(methods) as MethodName[]).sort().map((method) => {
    const spec = methods[method];
    const allowed = {} as Record<Role, boolean>;
    for (const role of ROLES) allowed[role] = spec.roles.includes(role);
    return { method, kind: spec.kind, allowed };
  });
}

export function mayCall(role: Role, method: MethodName): boolean {
  return methods[method].roles.includes(role);
}
