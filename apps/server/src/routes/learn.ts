import { lessonPackMarkdown, lessons, lessonsLastChecked } from '@blockgov/content'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { renderLessonPackPdf } from '../learn/lesson-pack-pdf.ts'

/**
 * The Learn lesson pack: all lessons, with quizzes, answers and references, as one tagged PDF for libraries.
 * Lessons are static data, so the PDF is rendered once per process and then served from memory.
 */
export const learnRoutes: FastifyPluginAsyncZod = async (app) => {
  let pack: Promise<Buffer> | undefined
  app.get(
    '/learn/lesson-pack.pdf',
    {
      schema: {
        summary: 'Learn lesson pack (PDF)',
        description: 'All twelve lessons with quizzes, answers and references as one tagged PDF (application/pdf).',
      },
    },
    async (_request, reply) => {
      pack ??= renderLessonPackPdf(lessonPackMarkdown(lessons, lessonsLastChecked))
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="blockgov-lesson-pack.pdf"')
        .header('cache-control', 'public, max-age=3600')
        .send(await pack)
    },
  )
}
