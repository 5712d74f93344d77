/**
 * How deep a file may nest. Files come from the pull request: a JSON or YAML file nested a few
 * thousand levels deep overflowed the parsers' (and every later walk's) stack and lost the whole
 * run. Real templates nest a few dozen levels (intrinsics included); past this the file is a
 * `parse-error` at the line where the limit is hit.
 */
export const MAX_NESTING = 256;

export const nestingMessage = (): string =>
  `nested deeper than ${MAX_NESTING} levels; PolicyGate stops there and does not analyse this file`;
