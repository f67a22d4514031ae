// Staff and first run: a real installation is set up once (branch, counter windows, first
// manager with a PIN of their choosing); afterwards the manager keeps the operator list.
import { z } from 'zod';
import { EVERYONE, MANAGER, OPERATOR_ROLES } from '../roles.ts';
import { pinPolicySchema } from '../pin-policy.ts';
import { command, query } from './contract.ts';
import { operatorCodeSchema, pinSchema } from './session.api.ts';

const operatorNameSchema = z.string().trim().min(1).max(40);
const branchNameSchema = z.string().trim().min(2).max(40);

export const operatorSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  role: z.enum(OPERATOR_ROLES),
  active: z.boolean(),
  /** Set by a manager (new operator, reset): the operator chooses their own PIN at the next sign-in. */
  mustChangePin: z.boolean(),
  createdAt: z.string(),
});
export type OperatorInfo = z.infer<typeof operatorSchema>;

export const setupStatusSchema = z.object({
  /** No operator exists yet: the branch must be set up before anyone can sign in. */
  needed: z.boolean(),
  branchName: z.string(),
});

export const staffApi = {
  methods: {
    'staff.setupStatus': query({
      summary: 'Whether this hall still needs its first-run setup.',
      roles: EVERYONE,
      input: z.object({}).strict(),
      output: setupStatusSchema,
    }),
    'staff.completeSetup': command({
      summary: 'First run: names the branch, opens its counter windows and creates the first manager with a PIN of their choosing. Refused once done.',
      roles: EVERYONE,
      input: z
        .object({
          branchName: branchNameSchema,
          companyName: z.string().trim().min(2).max(60).optional(),
          windowCount: z.number().int().min(1).max(99),
          manager: z.object({ code: operatorCodeSchema, name: operatorNameSchema, pin: pinSchema }).strict(),
        })
        .strict(),
      output: z.object({ ok: z.literal(true), managerId: z.number().int() }),
    }),
    'staff.listOperators': query({
      summary: 'Every operator of the branch, active or not.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: z.object({ operators: z.array(operatorSchema), pinPolicy: pinPolicySchema }),
    }),
    'staff.createOperator': command({
      summary: 'Adds a cashier or manager with a first PIN they must change at their first sign-in.',
      roles: MANAGER,
      input: z.object({ code: operatorCodeSchema, name: operatorNameSchema, role: z.enum(OPERATOR_ROLES), pin: pinSchema }).strict(),
      output: operatorSchema,
    }),
    'staff.resetPin': command({
      summary: 'Sets a new PIN for an operator who forgot theirs; they must change it at the next sign-in.',
      roles: MANAGER,
      input: z.object({ operatorId: z.number().int(), pin: pinSchema }).strict(),
      output: operatorSchema,
    }),
    'staff.setActive': command({
      summary: 'Deactivates an operator (their sessions end) or activates them again. The last active manager stays.',
      roles: MANAGER,
      input: z.object({ operatorId: z.number().int(), active: z.boolean() }).strict(),
      output: operatorSchema,
    }),
    'staff.setPinPolicy': command({
      summary: 'Length and kind of PINs set from now on (default six digits, no 123456 or 111111).',
      roles: MANAGER,
      input: pinPolicySchema,
      output: pinPolicySchema,
    }),
    'staff.approveTerminalAdmin': command({
      summary: 'A manager’s PIN at a locked-down terminal, to leave kiosk mode or change its configuration; audited either way.',
      roles: EVERYONE,
      input: z.object({ operatorCode: operatorCodeSchema, pin: pinSchema, action: z.enum(['exit', 'configure']) }).strict(),
      output: z.object({ ok: z.literal(true), operatorCode: z.string() }),
      credentials: (input) => ({ purpose: 'approval', code: input.operatorCode, pin: input.pin, subject: `terminal:${input.action}` }),
    }),
  },
  events: {},
} as const;
