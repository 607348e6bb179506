// Types of scripts/build-server.mjs, for the benchmark (TypeScript) that calls it.
export const SERVER_OUT: string;
export const SERVER_MAIN: string;
export const CLIENT_INDEX: string;
export function newest(...paths: string[]): number;
export function serverIsStale(): boolean;
export function clientIsStale(): boolean;
export function buildServer(options?: { quiet?: boolean }): Promise<void>;
