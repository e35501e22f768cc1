/** The compliance controls: each with its evidence freshness, and audit readiness per framework. Files only. */
import type { Control } from '../domain/control.js';
import { NotFoundError } from '../domain/errors.js';
import { type CatalogControl, CONTROL_CATALOG, findCatalogControl } from '../governance/control-catalog.js';
import {
  assessControl,
  assessReadiness,
  type ControlStatus,
  type FrameworkReadiness,
} from '../governance/control-readiness.js';
import { workspaceToday } from './budget.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { CatalogControl } from '../governance/control-catalog.js';
export type { ControlStatus, EvidenceStatus, FrameworkReadiness } from '../governance/control-readiness.js';

async function readControls(context: WorkspaceContext): Promise<Control[]> {
  return (await context.workspace.governance()).controls;
}

export async function listControls(context: WorkspaceContext, now: Date): Promise<ControlStatus[]> {
  const today = workspaceToday(context, now);
  return (await readControls(context)).map((control) => assessControl(control, today));
}

export async function showControl(context: WorkspaceContext, id: string, now: Date): Promise<ControlStatus> {
  const wanted = findCatalogControl(id);
  const controls = await listControls(context, now);
  const found =
    wanted &&
    controls.find((status) => status.framework === wanted.framework && status.control === wanted.control);
  if (found) return found;
  throw new NotFoundError(
    wanted
      ? `Control ${id} is in the catalog but not in registers/controls.yaml`
      : `No control "${id}": write framework:control, e.g. soc2:CC6.1, iso27001:A.8.13, gdpr:art-32`,
  );
}

export async function controlReadiness(context: WorkspaceContext, now: Date): Promise<FrameworkReadiness[]> {
  return assessReadiness(await listControls(context, now));
}

export function listControlCatalog(): readonly CatalogControl[] {
  return CONTROL_CATALOG;
}
