import type { AutoUpdaterLike } from '../../src-main/electron/updater.ts';
import { Emitter } from './fakes.ts';

/** electron-updater's autoUpdater, scripted: records calls, answers what the test says. */
export class FakeAutoUpdater extends Emitter implements AutoUpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  allowPrerelease = true;
  logger: AutoUpdaterLike['logger'] = console;
  readonly calls: string[] = [];
  feeds: string[] = [];
  nextCheck: () => Promise<Awaited<ReturnType<AutoUpdaterLike['checkForUpdates']>>> = async () => null;
  /** What downloadUpdate() does (emit progress, write the installer...). */
  nextDownload: () => Promise<string[]> = async () => [];
  installs: Array<[boolean | undefined, boolean | undefined]> = [];
  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.calls.push('setFeedURL');
    this.feeds.push(options.url);
  }
  checkForUpdates() {
    this.calls.push('checkForUpdates');
    return this.nextCheck();
  }
  downloadUpdate(): Promise<string[]> {
    this.calls.push('downloadUpdate');
    return this.nextDownload();
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.calls.push('quitAndInstall');
    this.installs.push([isSilent, isForceRunAfter]);
  }
  offer(version: string) {
    this.nextCheck = async () => ({
      isUpdateAvailable: true,
      updateInfo: { version, files: [{ url: `Voisinage-Setup-${version}.exe` }] },
    });
  }
}
