// opencc-js ships its dictionaries as ES modules without type declarations:
// each default-exports "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
