/**
 * The Mocha globals that @web/test-runner provides in the browser (`describe`, `it`, hooks).
 * Mocha's own types are not a dependency; this covers what the browser tests use.
 */
declare namespace MochaLite {
  interface Context {
    /** Sets this test's or hook's time limit in milliseconds. */
    timeout(ms: number): void;
    /** Skips the running test. */
    skip(): never;
  }
  type Done = (error?: unknown) => void;
  type Fn = (this: Context, done: Done) => void | PromiseLike<unknown>;
  type AsyncFn = (this: Context) => void | PromiseLike<unknown>;
  type TestFn = Fn | AsyncFn;
  interface Describe {
    (title: string, fn: (this: Context) => void): void;
    only(title: string, fn: (this: Context) => void): void;
    skip(title: string, fn: (this: Context) => void): void;
  }
  interface It {
    (title: string, fn?: TestFn): void;
    only(title: string, fn?: TestFn): void;
    skip(title: string, fn?: TestFn): void;
  }
  type Hook = (fn: TestFn) => void;
}

declare const describe: MochaLite.Describe;
declare const context: MochaLite.Describe;
declare const it: MochaLite.It;
declare const before: MochaLite.Hook;
declare const after: MochaLite.Hook;
declare const beforeEach: MochaLite.Hook;
declare const afterEach: MochaLite.Hook;
