// citation-js ships no type declarations; the tests use only Cite.async and the CSL items it returns.
declare module '@citation-js/core' {
  export interface CslName {
    literal?: string;
    family?: string;
    given?: string;
  }
  export interface CslData {
    id?: string;
    'citation-key'?: string;
    type?: string;
    title?: string;
    author?: CslName[];
    publisher?: string;
    issued?: { 'date-parts'?: number[][] };
    URL?: string;
    [field: string]: unknown;
  }
  export class Cite {
    static async(data: string, options?: { forceType?: string }): Promise<Cite>;
    data: CslData[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
