import type { EuRelation, Tier } from '../../shared/codes.ts';
import type { EuActInput } from '../../shared/eu-act.ts';
import type { InitiativeInput } from '../../shared/initiative.ts';

/** An EU act of the demo catalogue; `shortName` is its key within the demo data. */
export type DemoEuAct = EuActInput;

/** A demo initiative; its EU impacts name the act by its demo `shortName`, not by id. */
export interface DemoInitiative extends Omit<InitiativeInput, 'euImpacts'> {
  /** Its tier on the board; the seed ranks each tier in the order of the list. */
  tier: Tier;
  euImpacts?: { act: string; relation: EuRelation; deadline?: string | null; note?: string | null }[];
}
