// What the stories' routes read from a request's path and headers, checked: the slug (an id of
// src/domain/ids.ts, else 400) and If-Match (a revision as an ETag gives it, "3", else 400).
import type { FastifyRequest } from 'fastify';
import { isId } from '../../../src/domain/ids.ts';
import { ApiError } from '../errors.ts';
import { MESSAGES } from '../messages.ts';

const REVISION_TAG = /^"(\d{1,15})"$/;

export function slugOf(request: FastifyRequest): string {
  const { slug } = request.params as { slug: string };
  if (!isId(slug)) throw new ApiError(400, MESSAGES.badSlug(slug));
  return slug;
}

/** The revision an If-Match names, null when absent; anything else is a 400. */
export function ifMatchOf(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (header === undefined) return null;
  const match = REVISION_TAG.exec(header.trim());
  if (!match) throw new ApiError(400, MESSAGES.badIfMatch);
  return Number(match[1]);
}
