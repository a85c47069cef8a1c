import type { Messages } from './sv';
import { shell } from './en/shell';
import { errors } from './en/errors';
import { enums } from './en/enums';
import { structure } from './en/structure';
import { assessments } from './en/assessments';
import { agreements } from './en/agreements';
import { surveys } from './en/surveys';
import { apidocs } from './en/apidocs';
import { followup, followupEnums } from './en/followup';
import { overview } from './en/overview';
import { cases } from './en/cases';
import { meetings } from './en/meetings';
import { noticeBoard } from './en/noticeBoard';
import { indicators } from './en/indicators';
import { genderReview } from './en/genderReview';
import { statisticsImports } from './en/statisticsImports';
import { statistics } from './en/statistics';

/** Every English string of the web app, one file per part in ./en; same keys as sv.ts (checked by i18n.test.ts). */
export const en: Messages = {
  ...shell,
  ...errors,
  ...enums,
  ...structure,
  ...assessments,
  ...agreements,
  ...surveys,
  ...apidocs,
  ...followup,
  ...overview,
  ...cases,
  ...meetings,
  ...noticeBoard,
  ...indicators,
  ...genderReview,
  ...statisticsImports,
  ...statistics,
  enums: { ...enums.enums, ...followupEnums },
};
