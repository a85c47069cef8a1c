import type { Capability } from '../platform/capability.js';
import { countiesCapability } from '../counties/index.js';
import { organisationsCapability } from '../organisations/index.js';
import { peopleCapability } from '../people/index.js';
import { authCapability } from '../auth/index.js';
import { mailCapability } from './mail.js';
import { jobsCapability } from './jobs.js';
import { bodiesCapability } from '../bodies/index.js';
import { goalsCapability } from '../goals/index.js';
import { auditCapability } from '../audit/index.js';
import { assessmentsCapability } from '../assessments/index.js';
import { agreementsCapability } from '../agreements/index.js';
import { surveysCapability } from '../surveys/index.js';
import { followupCapability } from '../followup/index.js';
import { meetingsCapability } from '../meetings/index.js';
import { statisticsCapability } from '../statistics/index.js';
import { genderReviewCapability } from '../genderReview/index.js';
import { adminCapability } from '../admin/index.js';
import { overviewCapability } from '../overview/index.js';

/**
 * Everything Samsyn does, in one list: the server registers their routes in this order, the
 * database schema is the union of their tables, the error table the union of their codes. The
 * next capability is added here (ARCHITECTURE.md).
 */
export const capabilities: readonly Capability[] = [
  countiesCapability,
  organisationsCapability,
  peopleCapability,
  authCapability,
  mailCapability,
  jobsCapability,
  bodiesCapability,
  goalsCapability,
  auditCapability,
  assessmentsCapability,
  agreementsCapability,
  surveysCapability,
  followupCapability,
  meetingsCapability,
  statisticsCapability,
  genderReviewCapability,
  adminCapability,
  overviewCapability,
];
