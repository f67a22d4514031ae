// The system module's door: health and ping. It owns no table and calls no other domain: the
// backup module's status is handed in by the hall.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { systemHandlers } from './system.handlers.ts';
import type { BackupStatus } from '../../../shared/api/backup.api.ts';

export function systemModule(services: HallServices, backups: () => BackupStatus): HallModule<'system'> {
  return { handlers: systemHandlers(services, backups) };
}
