import { z } from 'zod';
import { viewerProcedure } from '../trpc.ts';

/** Placeholder of issue 10, being built. */
export const roadmapProcedure = viewerProcedure.input(z.object({})).query(() => null);
