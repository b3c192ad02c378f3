/** Shared with the bench: scripts/kit/search-node.ts. */
export * from '../../scripts/kit/search-node';
