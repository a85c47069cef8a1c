import { passwordResetJob } from './password-reset.js';

/** Sign-in's jobs, for its face's `jobs` list: the reset link is looked up and mailed after answering. */
export const authJobs = [passwordResetJob];
