/** Shared with the bench: scripts/kit/html.ts. */
export * from '../../scripts/kit/html';
