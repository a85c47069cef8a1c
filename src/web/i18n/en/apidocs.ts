import type { apidocs as sv } from '../sv/apidocs';

/** English texts of the API description page (/api/docs). */
export const apidocs: typeof sv = {
  apidocs: {
    title: 'The Samsyn API',
    intro:
      'JSON under /api. Errors always have the shape { "error": { "code", "message", "details" } }. Changes need the X-CSRF-Token header equal to the samsyn_csrf cookie, which GET /api/auth/session sets.',
    download: 'Download the API description (OpenAPI 3, JSON)',
    filter: 'Search the operations',
    filterHint: 'Search by path, method or description.',
    operations_one: '{{count}} operation',
    operations_other: '{{count}} operations',
    untagged: 'Other',
    parameters: 'Parameters',
    parameter: 'Name',
    in: 'In',
    required: 'Required',
    type: 'Type',
    yes: 'yes',
    no: 'no',
    body: 'Request',
    responses: 'Responses',
    noContent: 'No content',
    noSchema: 'No described shape',
    arrayOf: 'list of',
    oneOf: 'one of',
    object: 'object',
    nullable: 'or null',
    values: 'one of: {{values}}',
    more: 'more in the API description',
    needsSession: 'Needs a signed-in session',
    public: 'Open without signing in',
    loadFailed: 'The API description could not be loaded.',
  },
};
