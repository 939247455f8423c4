/** The `stopword` package ships no types; the proposer reads two of its word lists. */
declare module 'stopword' {
  export const deu: string[];
  export const eng: string[];
}
