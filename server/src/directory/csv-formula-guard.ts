/** Characters that make Excel and LibreOffice read a cell as a formula ("CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Exported cells that would start a formula get a leading apostrophe, which spreadsheets hide. */
export const guardFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** The import removes exactly that apostrophe again, so export → import stays unchanged. */
export const unguardFormula = (value: string): string =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
