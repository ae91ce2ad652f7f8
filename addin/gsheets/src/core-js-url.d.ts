// core-js-pure ships no types; its URL is the standard one.
declare module "core-js-pure/actual/url/index.js" {
  const URLImpl: typeof URL;
  export default URLImpl;
}
