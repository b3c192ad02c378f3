/** Shared with the bench: scripts/kit/project.ts. */
export * from '../../scripts/kit/project';
