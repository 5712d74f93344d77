/** The values a scan is given for a template's parameters and conditions (`--parameter`, config, branches). */

export interface ResolveOptions {
  /** Parameter values given by the user (`--parameter Key=Value`), which win over Defaults. */
  parameters?: Record<string, string>;
  region?: string;
  /**
   * Conditions taken as this value whatever their definition says: the branch of the template
   * being analysed (src/template/branches.ts). Own keys only.
   */
  conditions?: Record<string, boolean>;
}

/** A value given for a parameter; own keys only (a parameter may be called `constructor`). */
export function givenParameter(options: ResolveOptions, name: string): string | undefined {
  const p = options.parameters;
  return p && Object.hasOwn(p, name) ? p[name] : undefined;
}
