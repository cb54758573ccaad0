import type { UpdateAnswer, UpdatesPort, UpdateView } from '../updates/port.ts';
import type { UpdateActionResult, UpdateState } from './updater-state.ts';
import type { Updater } from './updater-types.ts';

/** The updater's state as the screens show it. */
function viewOf(state: UpdateState): UpdateView {
  return {
    status: state.status,
    version: 'version' in state ? state.version : null,
    percent: state.status === 'downloading' ? state.percent : null,
    checkedAt: state.status === 'idle' ? state.checkedAt : null,
    message: state.status === 'error' ? state.message : null,
  };
}

const answerOf = (result: UpdateActionResult): UpdateAnswer => ({
  ok: result.ok,
  state: viewOf(result.state),
  message: result.ok ? null : result.message,
});

/** Lends the Electron updater to the backend's contract; the file is chosen in the main process, never by the page. */
export function updatesPort(updater: Updater, pickInstallerFile: () => Promise<string | null>): UpdatesPort {
  return {
    state: () => viewOf(updater.state()),
    setFeedUrl: (url) => void updater.setFeedUrl(url),
    check: async () => answerOf(await updater.checkForUpdates()),
    download: async () => answerOf(await updater.downloadUpdate()),
    install: async () => answerOf(await updater.installUpdate()),
    prepareFromFile: async () => {
      const file = await pickInstallerFile();
      if (!file) return { ok: false, state: viewOf(updater.state()), message: 'Aucun fichier choisi.' };
      return answerOf(await updater.prepareUpdateFromFile(file));
    },
  };
}
