/** Shared with the bench: scripts/kit/search-page.ts. */
export * from '../../scripts/kit/search-page';
