import type { MediaKey } from '@touchdesk/shared';

/** The media mode's words, a part of `Strings`. */
export interface MediaStrings {
  readonly transportLabel: string;
  readonly volumeLabel: string;
  /** Button names, read by screen readers and shown under the glyphs. */
  readonly keys: Readonly<Record<MediaKey, string>>;
  readonly hint: string;
}

export const mediaEn: MediaStrings = {
  transportLabel: 'Playback',
  volumeLabel: 'Volume',
  keys: {
    MediaTrackPrevious: 'Previous track',
    MediaPlayPause: 'Play / pause',
    MediaTrackNext: 'Next track',
    AudioVolumeDown: 'Volume down',
    AudioVolumeMute: 'Mute',
    AudioVolumeUp: 'Volume up',
  },
  hint: 'Controls whatever is playing on the desktop, whichever window is in front.',
};

export const mediaZhCN: MediaStrings = {
  transportLabel: '播放',
  volumeLabel: '音量',
  keys: {
    MediaTrackPrevious: '上一曲',
    MediaPlayPause: '播放 / 暂停',
    MediaTrackNext: '下一曲',
    AudioVolumeDown: '音量减',
    AudioVolumeMute: '静音',
    AudioVolumeUp: '音量加',
  },
  hint: '控制电脑上正在播放的内容，无论哪个窗口在最前面。',
};
