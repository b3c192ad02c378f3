/** Shared with the bench: scripts/kit/server.ts. */
export * from '../../scripts/kit/server';
