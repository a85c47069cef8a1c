/**
 * Gender review of governing documents (issue 13 item 6, seed 004): an organisation reviews the
 * documents of its steering chain against the national sub-goals, the 4R method, the five questions
 * of a gender-equal decision and criteria of its own; chooses the link to improve this year and
 * tracks that work; benchmarks with other regions; reports as Word and PDF.
 */
import { defineCapability } from '../platform/capability.js';
import { genderReviewRoutes } from './routes.js';
import { genderReviewErrors } from './errors.js';
import * as tables from './schema.js';

export const genderReviewCapability = defineCapability({
  name: 'genderReview',
  routes: genderReviewRoutes,
  tables,
  errors: genderReviewErrors,
  subjects: ['gender_review'],
  jobs: [],
});

/** The demo loads Region Halland's 2019 review through these (src/app/demo/genderReview.ts). */
export {
  addBenchmark,
  addCriterion,
  addDocument,
  createReview,
  getReview,
  saveRating,
  updateReview,
} from './use-cases.js';
