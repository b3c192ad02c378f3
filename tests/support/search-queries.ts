/** Shared with the bench: scripts/kit/search-queries.ts. */
export * from '../../scripts/kit/search-queries';
