// Zod's findings about an invalid input, as values the catalogues put into words (see
// errors:issues and errors:formats): what kind of problem, on which field, with which limit.
// Zod's own messages are not used: they name types, not the fields a cashier knows.
import type { z } from 'zod';
import type { InputIssue } from '../../shared/errors.ts';
import { catalogues } from '../../shared/i18n/index.ts';

const FORMATS: Record<string, string> = catalogues.errors['zh-CN'].formats;

function sizeKind(origin: unknown): 'string' | 'number' | 'array' {
  return origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number';
}

export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue): InputIssue => {
    const path = issue.path.map(String).join('.');
    const field = [...issue.path].reverse().find((s) => typeof s === 'string') as string | undefined;
    switch (issue.code) {
      case 'invalid_type':
        return { path, problem: issue.input === undefined ? 'issues.required' : 'issues.invalid_type' };
      case 'too_small':
        return { path, problem: `issues.too_small_${sizeKind(issue.origin)}`, params: { minimum: Number(issue.minimum) } };
      case 'too_big':
        return { path, problem: `issues.too_big_${sizeKind(issue.origin)}`, params: { maximum: Number(issue.maximum) } };
      case 'invalid_format':
        return { path, problem: field && field in FORMATS ? `formats.${field}` : 'issues.invalid_format' };
      case 'invalid_union':
        return { path, problem: field && field in FORMATS ? `formats.${field}` : 'issues.invalid_value' };
      case 'invalid_value':
        return { path, problem: 'issues.invalid_value' };
      case 'unrecognized_keys':
        return { path, problem: 'issues.unrecognized_keys', params: { keys: issue.keys.join(', ') } };
      case 'not_multiple_of':
        return { path, problem: 'issues.not_multiple_of', params: { divisor: Number(issue.divisor) } };
      case 'custom':
        return { path, problem: issue.params?.rule === 'positive' ? 'issues.positive' : 'issues.other' };
      default:
        return { path, problem: 'issues.other' };
    }
  });
}
