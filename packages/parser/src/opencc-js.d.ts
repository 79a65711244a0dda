// opencc-js ships no type declarations.
declare module 'opencc-js/t2cn' {
  /** The dictionaries behind the converters: `to.cn` is [TSCharacters, TSPhrases], "trad simp|trad simp …". */
  export const Locale: { to: { cn: string[] } };
}
