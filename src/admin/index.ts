/** Administration of the whole database: export and import (command line). */
import { defineCapability } from '../platform/capability.js';
import { adminErrors } from './errors.js';

export const adminCapability = defineCapability({
  name: 'admin',
  tables: {},
  errors: adminErrors,
  subjects: ['data'],
  jobs: [],
});
