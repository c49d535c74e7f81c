// What a subcommand may touch of the outside world, so tests can run it in-process.
export interface CliIO {
  stdout(line: string): void;
  stderr(line: string): void;
  readFile(path: string): Promise<Buffer>;
  readStdin(): Promise<Buffer>;
}

export type Subcommand = (argv: string[], io: CliIO) => Promise<number>;
