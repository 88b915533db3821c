import type { InputMessage } from '../connection/secure-session.js';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a finger is on the preview, as fractions of its width and height: the same point of
 * the desktop's screen, since the preview shows all of it. A finger that slides off the edge
 * stays on the edge.
 */
export function fractionIn(box: Box, clientX: number, clientY: number): { x: number; y: number } {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return {
    x: box.width > 0 ? clamp((clientX - box.left) / box.width) : 0.5,
    y: box.height > 0 ? clamp((clientY - box.top) / box.height) : 0.5,
  };
}

/**
 * The laser pointer on its way to the host: at most one position per animation frame (a
 * finger reports more often than the screen draws), the latest one; and an end when the
 * finger lifts, which also drops a position still waiting.
 */
export class PointerOutput {
  private waiting: { x: number; y: number } | undefined;
  private frameRequested = false;
  private active = false;

  constructor(
    private readonly send: (message: InputMessage) => void,
    private readonly requestFrame: (callback: () => void) => void,
  ) {}

  moveTo(x: number, y: number): void {
    this.active = true;
    this.waiting = { x, y };
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.requestFrame(() => this.flush());
  }

  end(): void {
    this.waiting = undefined;
    if (!this.active) return;
    this.active = false;
    this.send({ type: 'pointer-end' });
  }

  private flush(): void {
    this.frameRequested = false;
    const at = this.waiting;
    this.waiting = undefined;
    if (at !== undefined) this.send({ type: 'pointer', x: at.x, y: at.y });
  }
}
