import { router } from '../trpc.ts';
import { attentionProcedure } from './stats-attention.ts';
import { internationalProcedure } from './stats-international.ts';
import { overviewProcedure } from './stats-overview.ts';
import { radarProcedure } from './stats-radar.ts';
import { roadmapProcedure } from './stats-roadmap.ts';

/** The situational picture: read-only figures over the list's filter, for every signed-in user. */
export const statsRouter = router({
  overview: overviewProcedure,
  attention: attentionProcedure,
  radar: radarProcedure,
  roadmap: roadmapProcedure,
  international: internationalProcedure,
});
