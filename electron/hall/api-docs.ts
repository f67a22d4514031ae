import { z } from 'zod';
import { methods, events, type MethodName, type EventName } from '../../shared/api/index.ts';
import { permissionTable } from '../../shared/permissions.ts';
import { ROLES } from '../../shared/roles.ts';

function schemaText(schema: z.ZodType, io: 'input' | 'output'): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io });
  delete (json as Record<string, unknown>).$schema;
  return JSON.stringify(json);
}

/** docs/api.md, generated from shared/api: the same text on every run for the same contract. */
export function renderApiDocs(): string {
  const lines: string[] = [
    '# CounterDesk API',
    '',
    'Generated from `shared/api/*.api.ts` by `npm run docs:api`; do not edit by hand.',
    '',
    'Every method is `POST /api/<method>` with a JSON body over HTTP, or `counterdesk:call` over IPC in Electron.',
    'The answer is `{ "ok": true, "result": … }` or `{ "ok": false, "error": { "code", "message", "params", "issues" } }`,',
    'the message in the caller’s language. Send the session token as `Authorization: Bearer <token>`.',
    'Events arrive on the WebSocket `/events` after `{ "type": "hello", "token": …, "apiVersion": … }` (the version the screen was built from, as in the `x-counterdesk-api` header: another one, or a hello without the field, is told to reload).',
    '',
    '## Who may call what',
    '',
    `| method | kind | ${ROLES.join(' | ')} |`,
    `|---|---|${ROLES.map(() => '---').join('|')}|`,
    ...permissionTable().map((row) => `| \`${row.method}\` | ${row.kind} | ${ROLES.map((r) => (row.allowed[r] ? '✓' : '')).join(' | ')} |`),
    '',
    '## Methods',
    '',
  ];
  for (const name of (Object.keys(methods) as MethodName[]).sort()) {
    const spec = methods[name];
    lines.push(`### \`${name}\` (${spec.kind})`, '', spec.summary, '', `Roles: ${spec.roles.join(', ')}`, '');
    lines.push('Input:', '', '```json', schemaText(spec.input, 'input'), '```', '', 'Output:', '', '```json', schemaText(spec.output, 'output'), '```', '');
  }
  lines.push('## Events', '');
  for (const name of (Object.keys(events) as EventName[]).sort()) {
    const spec = events[name];
    lines.push(`### \`${name}\``, '', spec.summary, '', `Delivered to: ${spec.roles.join(', ')}`, '', ...(spec.perWindow ? [`Only for their own counter window (payload \`windowNo\`): ${spec.perWindow.join(', ')}`, ''] : []), '```json', schemaText(spec.payload, 'output'), '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
