// opencc-js ships no type declarations.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
declare module 'opencc-js/dict/TSCharacters' {
  /** "trad simp|trad simp …": OpenCC's Traditional → Simplified character table. */
  const table: string;
  export default table;
}
