// The staff module's door: first-run setup, the operator list, the PIN policy. It keeps
// operators through the auth module's door and names the branch at start from its settings.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { staffHandlers } from './staff.handlers.ts';
import { applyBranchSettings, readBranchSettings } from './staff-settings.ts';

export function staffModule(services: HallServices): HallModule<'staff'> {
  // The branch named at setup replaces the configuration's default name (receipts, tickets, screens).
  applyBranchSettings(services.config, readBranchSettings(services.db));
  return { handlers: staffHandlers(services) };
}
