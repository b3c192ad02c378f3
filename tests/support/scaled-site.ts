/** Shared with the bench: scripts/kit/scaled-site.ts. */
export * from '../../scripts/kit/scaled-site';
