import { join } from 'node:path';
import { DEFAULT_SETTINGS, MemorySettingsStore, settingsFrom } from '../core/settings.js';
import { AtomicFile } from './atomic-file.js';

/** `settings.json` in the config folder, an AtomicFile: mode 0600, atomic saves in the background. */
export class FileSettingsStore extends MemorySettingsStore {
  private constructor(
    private readonly file: AtomicFile,
    /** Where an unreadable settings file was kept, when the host had to start with defaults. */
    readonly keptAs: string | undefined,
  ) {
    super();
  }

  /**
   * Loads the settings, or the defaults when there are none yet. A file that cannot be read is
   * kept aside as `settings.json.corrupt-<time>` and reported through `warn`; the host starts
   * with the defaults and saves them only when the user changes something.
   */
  static load(configDir: string, warn: (text: string) => void = () => undefined): FileSettingsStore {
    const file = new AtomicFile(join(configDir, 'settings.json'), (error) =>
      warn(`The settings could not be saved: ${error.message} · 设置无法保存：${error.message}`),
    );
    const loaded = file.load((bytes) => settingsFrom(JSON.parse(bytes.toString('utf8'))));
    if (loaded.state === 'set-aside') {
      warn(
        `The settings could not be read (${loaded.reason}); they were kept as ${loaded.keptAs} and TouchDesk starts with the defaults. · ` +
          `设置文件无法读取，已另存为 ${loaded.keptAs}，TouchDesk 使用默认设置启动。`,
      );
    }
    const store = new FileSettingsStore(file, loaded.state === 'set-aside' ? loaded.keptAs : undefined);
    store.settings = loaded.state === 'loaded' ? loaded.value : DEFAULT_SETTINGS;
    return store;
  }

  /** Resolves once every change so far is on disk. */
  flushed(): Promise<void> {
    return this.file.flushed();
  }

  protected override changed(): void {
    this.file.save(Buffer.from(`${JSON.stringify(this.current, null, 2)}\n`, 'utf8'));
  }
}
