/** Error codes of the Groups API (working groups and their mailing lists); documented in docs/errors.md. */
export const groupsErrorCatalog = {
  WORKING_GROUP_NOT_FOUND: { status: 404, message: 'There is no such working group.' },
  WORKING_GROUP_SLUG_INVALID: {
    status: 400,
    message: 'That list name is not valid: 2–40 lower-case letters, digits and single hyphens, not a reserved name.',
  },
  WORKING_GROUP_SLUG_TAKEN: { status: 409, message: 'A list with that name already exists; choose another.' },
  SPRINT_OUTCOME_NOT_FOUND: {
    status: 404,
    message: 'That break-out group has no outcome (project, leader, next step) yet.',
  },
  LIST_NOT_FOUND: { status: 404, message: 'There is no such mailing list.' },
  LIST_EMAIL_INVALID: { status: 400, message: 'That is not an email address we can deliver to.' },
  LIST_TOKEN_INVALID: {
    status: 404,
    message: 'This link is not valid or has expired. Subscribe again to get a new confirmation link.',
  },
  LIST_SUBSCRIBER_NOT_FOUND: { status: 404, message: 'That address is not on this list.' },
  ANNOUNCEMENT_ALREADY_SENT: { status: 409, message: 'This announcement has already been sent.' },
  LIST_MESSAGE_NOT_FOUND: { status: 404, message: 'There is no such held message.' },
} as const
