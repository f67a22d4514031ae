// Errors cross the wire as data: a stable code, the parameters of its message, and the
// message already put in the caller's language by the hall.
import { z } from 'zod';

export const API_ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_signed_in',
  'forbidden',
  'bad_credentials',
  'session_expired',
  'not_found',
  'conflict',
  'internal',
  'unavailable',
  'transport',
  /** the screen was built from another contract than its host's: reload it */
  'reload_required',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One problem of an invalid input, as values: where, what (errors:issues.* or a field's format), with what. */
export const inputIssueSchema = z.object({
  path: z.string(),
  problem: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type InputIssue = z.infer<typeof inputIssueSchema>;

/** The same issue with its sentence in the caller's language, as it crosses the wire. */
export const fieldIssueSchema = inputIssueSchema.extend({ message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  code: z.string(),
  /** The message key in the errors catalogue, when it differs from the code (domain-specific errors). */
  key: z.string().optional(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Thrown by handlers; the dispatcher turns it into an ApiErrorBody in the caller's language. */
export class DomainError extends Error {
  readonly code: ApiErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly issues: InputIssue[] | undefined;
  constructor(code: ApiErrorCode, params: Record<string, string | number> = {}, options: { key?: string; issues?: InputIssue[] } = {}) {
    super(`${options.key ?? code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.key = options.key ?? code;
    this.params = params;
    this.issues = options.issues;
  }
}

export const responseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);
export type ApiResponse = z.infer<typeof responseSchema>;
