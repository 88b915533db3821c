import type { ControlMode, PanelState } from '@touchdesk/shared';
import { DesktopControls } from './desktop-controls.js';
import { byId } from './page.js';
import { PanelApi } from './panel-api.js';
import { PanelLanguage, type TextKey } from './panel-text.js';
import { SettingsForm } from './settings-form.js';
import { StatusView } from './status-view.js';
import './panel.css';

/** The control panel page: wires the host's state stream to the views, and the controls to the host's API. */
function start(): void {
  const text = new PanelLanguage();
  const api = new PanelApi();
  const connection = byId('connection');
  // Every action answers with the new state on the event stream; a refusal is shown here.
  const act = (path: string, failed: TextKey) =>
    void api.post(path).then((outcome) => {
      if (!outcome.ok) connection.textContent = text.say(failed);
    });
  const status = new StatusView(text, (deviceId) => act(`/api/revoke?device=${encodeURIComponent(deviceId)}`, 'revokeFailed'));
  const settings = new SettingsForm(text, api);
  const desktop = new DesktopControls(text);

  let state: PanelState | undefined;
  byId('pause').addEventListener('click', () => act(`/api/pause?paused=${state?.paused ? '0' : '1'}`, 'pauseFailed'));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="control-mode"]')) {
    radio.addEventListener('change', () => act(`/api/control-mode?mode=${radio.value as ControlMode}`, 'modeFailed'));
  }

  text.translatePage();
  api.follow(
    (next) => {
      state = next;
      if (text.choose(next.settings.language)) text.translatePage();
      connection.textContent = text.say('live');
      status.render(next);
      settings.render(next);
      desktop.render(next);
    },
    () => (connection.textContent = text.say('lost')),
  );
}

start();
