/** mark.js 8 ships no types; only the part the bench calls. */
declare module 'mark.js' {
  interface MarkJsOptions {
    acrossElements?: boolean;
    separateWordSearch?: boolean;
    diacritics?: boolean;
    /** Called for every match; mark.js runs synchronously, so a throw here stops it. */
    filter?: (node: Text, term: string, totalMatches: number, termMatches: number) => boolean;
    done?: (marks: number) => void;
  }
  class MarkJs {
    constructor(context: Element);
    mark(terms: string | readonly string[], options?: MarkJsOptions): void;
  }
  export = MarkJs;
}
