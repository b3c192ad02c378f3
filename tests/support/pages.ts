/** Shared with the bench: scripts/kit/pages.ts. */
export * from '../../scripts/kit/pages';
