import { shell } from './sv/shell';
import { errors } from './sv/errors';
import { enums } from './sv/enums';
import { structure } from './sv/structure';
import { assessments } from './sv/assessments';
import { agreements } from './sv/agreements';
import { surveys } from './sv/surveys';
import { apidocs } from './sv/apidocs';
import { followup, followupEnums } from './sv/followup';
import { overview } from './sv/overview';
import { cases } from './sv/cases';
import { meetings } from './sv/meetings';
import { noticeBoard } from './sv/noticeBoard';
import { indicators } from './sv/indicators';
import { genderReview } from './sv/genderReview';
import { statisticsImports } from './sv/statisticsImports';
import { statistics } from './sv/statistics';

/** Every Swedish string of the web app, one file per part in ./sv. Swedish is the default; en.ts must have exactly the same keys. */
export const sv = {
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

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language file must have. */
export type Messages = Widen<typeof sv>;
