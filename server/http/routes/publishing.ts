// Publish, unpublish, restore (editors only), and a story's revisions (anyone signed in):
//   POST /api/stories/<slug>/publish [If-Match: "<draft revision>"] → 200 { revision, url }
//   POST /api/stories/<slug>/unpublish → 200 { revision, at }
//   POST /api/stories/<slug>/revisions/<n>/restore → 200 { revision, url }
//   GET  /api/stories/<slug>/revisions → 200 [{ revision, action, author, at }], the latest first
//   GET  /api/stories/<slug>/revisions/<n> → 200 { bundle, review }, the draft it holds (to compare)
// The POSTs take no body. The role is checked when the request arrives, before anything else
// (server/http/access.ts); the order of the files and the database is server/stories/publisher.ts's.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Publisher } from '../../stories/publisher.ts';
import type { Stories } from '../../stories/stories.ts';
import { ApiError } from '../errors.ts';
import { MESSAGES } from '../messages.ts';
import { ifMatchOf, slugOf } from './params.ts';

const REVISION = /^[1-9]\d{0,8}$/;

function revisionOf(request: FastifyRequest): number {
  const { n } = request.params as { n: string };
  if (!REVISION.test(n)) throw new ApiError(400, MESSAGES.badRevision);
  return Number(n);
}

const refused = (problems: string[]) =>
  new ApiError(422, MESSAGES.cannotPublish(problems), { problems: problems.slice(0, 100) });

export function publishingRoutes(
  app: FastifyInstance,
  deps: { publisher: Publisher; stories: Stories },
): void {
  const { publisher, stories } = deps;

  app.post('/api/stories/:slug/publish', { config: { access: 'publish' } }, async (request) => {
    const slug = slugOf(request);
    const result = publisher.publish(slug, request.user!, ifMatchOf(request));
    switch (result.kind) {
      case 'published':
        return { revision: result.revision, url: result.url };
      case 'no-draft':
        throw new ApiError(404, MESSAGES.noDraftToPublish(slug));
      case 'stale':
        throw new ApiError(409, MESSAGES.staleDraft(result.updatedBy, result.updatedAt), {
          revision: result.revision,
          updatedBy: result.updatedBy,
          updatedAt: result.updatedAt,
        });
      case 'refused':
        throw refused(result.problems);
    }
  });

  app.post('/api/stories/:slug/unpublish', { config: { access: 'unpublish' } }, async (request) => {
    const slug = slugOf(request);
    const result = publisher.unpublish(slug, request.user!);
    if (result.kind === 'not-published') throw new ApiError(409, MESSAGES.notPublished(slug));
    return { revision: result.revision, at: result.at };
  });

  app.post('/api/stories/:slug/revisions/:n/restore', { config: { access: 'restore' } }, async (request) => {
    const slug = slugOf(request);
    const n = revisionOf(request);
    const result = publisher.restore(slug, request.user!, n);
    switch (result.kind) {
      case 'restored':
        return { revision: result.revision, url: result.url };
      case 'no-revision':
        throw new ApiError(404, MESSAGES.noRevision(slug, n));
      case 'nothing-to-restore':
        throw new ApiError(409, MESSAGES.nothingToRestore(n));
      case 'refused':
        throw refused(result.problems);
    }
  });

  app.get('/api/stories/:slug/revisions', { config: { access: 'read' } }, async (request) => {
    const slug = slugOf(request);
    const revisions = stories.revisions(slug);
    if (!revisions) throw new ApiError(404, MESSAGES.noStory(slug));
    return revisions;
  });

  app.get('/api/stories/:slug/revisions/:n', { config: { access: 'read' } }, async (request, reply) => {
    const slug = slugOf(request);
    const n = revisionOf(request);
    const draft = stories.revisionDraft(slug, n);
    if (draft === null)
      throw new ApiError(
        404,
        stories.revisions(slug)?.some((r) => r.revision === n)
          ? MESSAGES.noRevisionDraft(slug, n)
          : MESSAGES.noRevision(slug, n),
      );
    return reply.type('application/json; charset=utf-8').send(draft);
  });
}
