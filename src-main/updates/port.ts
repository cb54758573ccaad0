/**
 * What the backend sees of the updater, which lives in Electron's main process (absent in browser mode). Every
 * answer carries the state and, for a refusal or a failure, a French message.
 */
export interface UpdateView {
  status: 'idle' | 'checking' | 'available' | 'downloading' | 'verifying' | 'ready' | 'installing' | 'error';
  version: string | null;
  percent: number | null;
  checkedAt: string | null;
  message: string | null;
}

export interface UpdateAnswer {
  ok: boolean;
  state: UpdateView;
  message: string | null;
}

export interface UpdatesPort {
  state(): UpdateView;
  setFeedUrl(url: string | null): void;
  check(): Promise<UpdateAnswer>;
  download(): Promise<UpdateAnswer>;
  install(): Promise<UpdateAnswer>;
  /** Asks the user for an installer file (a dialog in the main process) and verifies it. */
  prepareFromFile(): Promise<UpdateAnswer>;
}
