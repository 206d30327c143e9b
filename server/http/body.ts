// A request's body checked with a schema: 400 naming the first field that is wrong, as
// { "error": "review.items.3.state: Invalid option…", "field": "review.items.3.state" }.
import type { z } from 'zod';
import { ApiError } from './errors.ts';

export function firstProblem(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  // Both come from the request: cut, so that a huge key does not make a huge answer.
  const field = (issue?.path.map(String).join('.') || '(body)').slice(0, 200);
  return { field, message: `${field}: ${issue?.message ?? 'not the expected shape'}`.slice(0, 500) };
}

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const { field, message } = firstProblem(parsed.error);
  throw new ApiError(400, message, { field });
}
