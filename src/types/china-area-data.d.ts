// china-area-data ships JSON without types: GB/T 2260 codes to names, by the code of the level above.
declare module 'china-area-data' {
  const areas: Record<string, Record<string, string>>;
  export default areas;
}
