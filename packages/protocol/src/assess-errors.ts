/**
 * Error codes of the Assess area (multistakeholder evaluation of government blockchain initiatives). The pure
 * domain in `@blockgov/assess` returns these codes as values; the server maps them to HTTP statuses here.
 */
export const assessErrorCatalog = {
  ASSESS_NOT_FOUND: { status: 404, message: 'There is no such evaluation.' },
  ASSESS_NOT_ORGANISER: { status: 403, message: 'Only the organiser of this evaluation can do this.' },
  ASSESS_WRONG_STATE: { status: 409, message: 'The evaluation is not at a stage that allows this.' },
  ASSESS_GATE_INCOMPLETE: { status: 409, message: 'Answer the gate questions up to an outcome first.' },
  ASSESS_GATE_QUESTION_UNKNOWN: { status: 400, message: 'That is not a question of the gate.' },
  ASSESS_INVITE_INVALID: { status: 401, message: 'This evaluator link is not valid (or was revoked).' },
  ASSESS_DECLARATION_REQUIRED: {
    status: 409,
    message: 'Declare your stakeholder group and any conflicts of interest before scoring.',
  },
  ASSESS_NOT_YOUR_SCORE: { status: 403, message: 'Evaluators can change only their own scores.' },
  ASSESS_ORGANISER_CANNOT_SCORE: { status: 403, message: 'Organisers cannot give or change evaluators’ scores.' },
  ASSESS_PRINCIPLE_UNKNOWN: { status: 400, message: 'That principle is not in this evaluation’s principle set.' },
  ASSESS_COMMENTS_CLOSED: { status: 409, message: 'The public comment period is not open.' },
  ASSESS_CHANGELOG_REQUIRED: { status: 400, message: 'Say what changed since the previous published version.' },
  ASSESS_REPORT_NOT_FOUND: { status: 404, message: 'There is no published report with that version.' },
} as const
