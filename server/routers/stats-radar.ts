import { z } from 'zod';
import { viewerProcedure } from '../trpc.ts';

/** Placeholder of issue 10, being built. */
export const radarProcedure = viewerProcedure.input(z.object({})).query(() => null);
