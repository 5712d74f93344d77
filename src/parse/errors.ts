/** A file that cannot be read as YAML or JSON: the message and where it went wrong. */
export class ParseFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ParseFailure';
  }
}
