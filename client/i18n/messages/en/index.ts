import { codeLabelsEn } from '../../../../shared/code-labels/en.ts';
import type { Translation } from '../../catalogue.ts';
import { admin } from './admin.ts';
import { attention } from './attention.ts';
import { board } from './board.ts';
import { common } from './common.ts';
import { cooperation } from './cooperation.ts';
import { euAct } from './eu-act.ts';
import { initiative } from './initiative.ts';
import { lateness } from './lateness.ts';
import { list } from './list.ts';
import { overview } from './overview.ts';
import { quality } from './quality.ts';
import { radar } from './radar.ts';
import { records } from './records.ts';
import { roadmap } from './roadmap.ts';
import { scoring } from './scoring.ts';
import { snapshot } from './snapshot.ts';
import { sso } from './sso.ts';
import { statement } from './statement.ts';

export const en: Translation = {
  codes: codeLabelsEn,
  admin,
  board,
  common,
  cooperation,
  euAct,
  initiative,
  lateness,
  list,
  quality,
  roadmap,
  radar,
  attention,
  overview,
  records,
  scoring,
  snapshot,
  sso,
  statement,
};
