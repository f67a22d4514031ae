// The registers' part of the contract: one line per method, each a use case.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { registersStore } from './registers-store.ts';
import { recordCallback } from './record-callback.ts';
import { completeCallback } from './complete-callback.ts';
import { recordComplaint } from './record-complaint.ts';
import { forwardComplaint } from './forward-complaint.ts';
import { answerComplaint } from './answer-complaint.ts';
import { closeComplaint } from './close-complaint.ts';
import { listRegisters } from './list-registers.ts';

export function registersHandlers(services: HallServices): HandlersOf<'registers'> {
  const store = registersStore(services.db);
  return {
    'registers.recordCallback': (input, env) => recordCallback(store, input, env),
    'registers.completeCallback': (input, env) => completeCallback(store, input, env),
    'registers.recordComplaint': (input, env) => recordComplaint(store, input, env),
    'registers.forwardComplaint': (input, env) => forwardComplaint(store, input, env),
    'registers.answerComplaint': (input, env) => answerComplaint(store, input, env),
    'registers.closeComplaint': (input, env) => closeComplaint(store, input, env),
    'registers.list': (input, env) => listRegisters(store, input.includeClosed, env),
  };
}
