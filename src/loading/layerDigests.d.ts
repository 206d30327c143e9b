// The module scripts/build/layerDigests.ts generates: SHA-256 (hex) of each data file the build
// validated, by file name.
declare module 'virtual:layer-digests' {
  const digests: Readonly<Record<string, string>>;
  export default digests;
}
