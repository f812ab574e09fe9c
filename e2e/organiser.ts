/** The organiser account global-setup.ts creates in every e2e database. */
export const E2E_ORGANISER = {
  email: 'organiser@e2e.example.org',
  name: 'E2E Organiser',
  password: 'e2e-organiser-password',
} as const
