// The stories and their drafts: GET /api/stories, GET and PUT /api/stories/<slug>/draft, GET
// /api/stories/<slug>/bundle (the files a draft of it is saved with). A draft's
// ETag is its revision ("3"); a save names the revision it started from in If-Match.
import type { FastifyInstance } from 'fastify';
import type { Stories } from '../../stories/stories.ts';
import { draftBodySchema } from '../../stories/draftBody.ts';
import { ApiError } from '../errors.ts';
import { MESSAGES } from '../messages.ts';
import { parseBody } from '../body.ts';
import { ifMatchOf, slugOf } from './params.ts';

const etag = (revision: number) => `"${revision}"`;

export function storyRoutes(app: FastifyInstance, deps: { stories: Stories }): void {
  const { stories } = deps;

  app.get('/api/stories', { config: { access: 'read' } }, async () => stories.list());

  app.get('/api/stories/:slug/draft', { config: { access: 'read' } }, async (request, reply) => {
    const slug = slugOf(request);
    const ifNoneMatch = request.headers['if-none-match'];
    const current = stories.draftRevision(slug);
    if (current !== null && ifNoneMatch?.split(',').some((tag) => tag.trim() === etag(current)))
      return reply.code(304).header('ETag', etag(current)).send();
    const draft = stories.draft(slug);
    if (!draft) throw new ApiError(404, MESSAGES.noDraft(slug));
    return reply
      .header('ETag', etag(draft.revision))
      .type('application/json; charset=utf-8')
      .send(draft.json);
  });

  // The files a draft of the story is saved with (the draft's `bundle`): a desk opening a story it did
  // not start in this browser (a story of stories/, or one published by the newsroom) saves with them.
  app.get('/api/stories/:slug/bundle', { config: { access: 'read' } }, async (request, reply) => {
    const slug = slugOf(request);
    const bundle = stories.bundle(slug);
    if (bundle === null) throw new ApiError(404, MESSAGES.noFiles(slug));
    return reply.type('application/json; charset=utf-8').send(bundle);
  });

  app.put(
    '/api/stories/:slug/draft',
    { config: { access: 'save-draft', json: true } },
    async (request, reply) => {
      const slug = slugOf(request);
      const ifMatch = ifMatchOf(request);
      const body = parseBody(draftBodySchema, request.body);
      if (body.review.slug !== slug)
        throw new ApiError(400, `review.slug: this is the draft of “${body.review.slug}”, not of “${slug}”`, {
          field: 'review.slug',
        });
      const result = stories.save(slug, request.user!, body, ifMatch);
      switch (result.kind) {
        case 'created':
        case 'saved': {
          const saved = {
            revision: result.revision,
            updatedBy: request.user!.name,
            updatedAt: result.updatedAt,
          };
          return reply
            .code(result.kind === 'created' ? 201 : 200)
            .header('ETag', etag(result.revision))
            .send(saved);
        }
        case 'stale':
          throw new ApiError(409, MESSAGES.staleDraft(result.updatedBy, result.updatedAt), {
            revision: result.revision,
            updatedBy: result.updatedBy,
            updatedAt: result.updatedAt,
          });
        case 'precondition-required':
          throw new ApiError(428, MESSAGES.draftExists);
        case 'not-yours':
          throw result.reason === 'new-story'
            ? new ApiError(409, MESSAGES.colleaguesStory(result.startedBy!), { startedBy: result.startedBy })
            : new ApiError(409, MESSAGES.notStartedFrom(slug));
      }
    },
  );
}
