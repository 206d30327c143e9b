// Every error the API answers is JSON, { "error": "…" } (a refused save adds who saved last), never a
// stack trace: Fastify's own errors (body too large, wrong media type, broken JSON) are given our
// words; anything unexpected is a 500 whose details go to the server's log only.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MESSAGES } from './messages.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const BODY_LIMIT = { bytes: 5 * 1024 * 1024, words: '5 MB (5,242,880 bytes)' } as const;

function fromFastify(error: FastifyError): ApiError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, MESSAGES.notJsonType);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, MESSAGES.bodyTooLarge(BODY_LIMIT.words));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, MESSAGES.notJson('it is empty'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, MESSAGES.notJson(error.message));
  }
  // JSON.parse's SyntaxError, or secure-json-parse refusing __proto__ / constructor.prototype.
  if (
    error instanceof SyntaxError ||
    (error.statusCode === 400 && /JSON|prototype|constructor/i.test(error.message))
  )
    return new ApiError(400, MESSAGES.notJson(error.message.replace(/\s+/g, ' ').slice(0, 200)));
  return null;
}

export function installErrorHandlers(app: FastifyInstance, log: (line: string) => void): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const known = error instanceof ApiError ? error : fromFastify(error);
    if (known) {
      reply.headers(known.headers);
      return reply.code(known.status).send({ error: known.message, ...known.extra });
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) log(`${request.method} ${request.url}: ${error.stack ?? error.message}`);
    return reply.code(status).send({ error: status === 500 ? MESSAGES.internal : MESSAGES.badRequest });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send({ error: MESSAGES.notFound });
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });
}
