import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { learnRoutes } from './learn.ts'

describe('learnRoutes', () => {
  it('serves the lesson pack as a downloadable PDF, the same bytes each time', async () => {
    const app = Fastify()
    await app.register(learnRoutes)
    const first = await app.inject({ method: 'GET', url: '/learn/lesson-pack.pdf' })
    expect(first.statusCode).toBe(200)
    expect(first.headers['content-type']).toBe('application/pdf')
    expect(first.headers['content-disposition']).toContain('attachment; filename="blockgov-lesson-pack.pdf"')
    expect(first.rawPayload.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    const second = await app.inject({ method: 'GET', url: '/learn/lesson-pack.pdf' })
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true)
    await app.close()
  })
})
