import type { PanelState, SettingsChange, SettingsErrorCode } from '@touchdesk/shared';

/** How a request to the host ended: done, refused with a code the user can be told, or failed. */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly code?: SettingsErrorCode };

/**
 * The panel's only way to the desktop: the host's loopback API. The key in the panel's address
 * unlocks it; the page passes it on, nothing more. Every action answers with the new state on
 * the event stream.
 */
export class PanelApi {
  private readonly key = new URLSearchParams(location.search).get('key') ?? '';

  /** The host's state, pushed whenever it changes; `onLost` while the host cannot be reached. */
  follow(onState: (state: PanelState) => void, onLost: () => void): void {
    const events = new EventSource(`/api/events?key=${encodeURIComponent(this.key)}`);
    events.onmessage = (event: MessageEvent<string>) => onState(JSON.parse(event.data) as PanelState);
    events.onerror = onLost;
  }

  post(path: string): Promise<Outcome> {
    return this.request(path, {});
  }

  changeSettings(change: SettingsChange): Promise<Outcome> {
    return this.request('/api/settings', { body: JSON.stringify(change), contentType: 'application/json' });
  }

  private async request(path: string, { body, contentType }: { body?: string; contentType?: string }): Promise<Outcome> {
    const headers: Record<string, string> = { 'X-Panel-Key': this.key, ...(contentType && { 'Content-Type': contentType }) };
    try {
      const response = await fetch(path, { method: 'POST', headers, ...(body !== undefined && { body }) });
      if (response.ok) return { ok: true };
      if (response.headers.get('content-type') !== 'application/json') return { ok: false };
      const refusal = (await response.json()) as { error?: SettingsErrorCode };
      return refusal.error ? { ok: false, code: refusal.error } : { ok: false };
    } catch {
      return { ok: false };
    }
  }
}
