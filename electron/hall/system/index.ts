// The system module's door: health (with its integrity check off the request path) and ping. It owns no table and calls no other domain: the
// backup module's status is handed in by the hall.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { systemHandlers } from './system.handlers.ts';
import { IntegrityWatch, defaultIntegrityProbe, type IntegrityProbe } from './quick-check.ts';
import type { BackupStatus } from '../../../shared/api/backup.api.ts';

/** `probe`: the integrity check (tests hand in a slow or failing one); it runs on start and every `healthCheckMinutes`. */
export function systemModule(services: HallServices, backups: () => BackupStatus, probe?: IntegrityProbe): HallModule<'system'> & { integrity: IntegrityWatch } {
  const integrity = new IntegrityWatch(probe ?? defaultIntegrityProbe(services.db, services.config.workersDir), () => services.clock.now());
  return {
    handlers: systemHandlers(services, backups, integrity),
    integrity,
    start: () => integrity.start(services.config.healthCheckMinutes * 60_000),
  };
}
export type { IntegrityProbe } from './quick-check.ts';
