/**
 * A safety net under file events. Some clients have no file watcher at all (Neovim 0.7), and VS Code's
 * can stay silent about files in a folder created at the same moment, so a referenced file may change
 * or vanish without a word. Every few seconds, for each open document, the service says whether the
 * files its last analysis read still read the same (a stat each, the disk cache does the rest); when
 * one does not, every open document is checked again. It touches only what open documents depend on.
 */
export function startDependencyPolling(options: {
  readonly intervalMs: number;
  readonly openDocuments: () => readonly string[];
  readonly upToDate: (uri: string) => boolean | undefined;
  readonly onStale: () => void;
  readonly onError: (error: unknown) => void;
}): () => void {
  const timer = setInterval(() => {
    try {
      if (options.openDocuments().some((uri) => options.upToDate(uri) === false)) options.onStale();
    } catch (error) {
      options.onError(error);
    }
  }, options.intervalMs);
  // Never the reason the server process stays alive.
  timer.unref();
  return () => clearInterval(timer);
}
