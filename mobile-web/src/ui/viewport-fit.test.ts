import { describe, expect, it } from 'vitest';
import { fitToVisualViewport, type VisualViewportLike } from './viewport-fit.js';

function fakeApp() {
  const properties = new Map<string, string>();
  const classes = new Set<string>();
  const app = {
    style: { setProperty: (name: string, value: string) => void properties.set(name, value) },
    classList: {
      add: (name: string) => void classes.add(name),
      toggle: (name: string, on: boolean) => void (on ? classes.add(name) : classes.delete(name)),
    },
  } as unknown as HTMLElement;
  return { app, properties, classes };
}

function fakeViewport(height: number) {
  const listeners: (() => void)[] = [];
  const viewport = {
    height,
    offsetTop: 0,
    scale: 1,
    addEventListener: (_type: string, listener: () => void) => void listeners.push(listener),
  };
  return { viewport: viewport as VisualViewportLike & typeof viewport, fire: () => listeners.forEach((listener) => listener()) };
}

describe('fitToVisualViewport', () => {
  it('puts the app on the visible part of the screen and says when a screen keyboard is up', () => {
    const { app, properties, classes } = fakeApp();
    const { viewport, fire } = fakeViewport(844);
    fitToVisualViewport({ innerHeight: 844, visualViewport: viewport }, app);
    expect(properties.get('--viewport-height')).toBe('844px');
    expect(classes.has('fits-visual-viewport')).toBe(true);
    expect(classes.has('has-screen-keyboard')).toBe(false);

    viewport.height = 460;
    viewport.offsetTop = 120;
    fire();
    expect(properties.get('--viewport-height')).toBe('460px');
    expect(properties.get('--viewport-top')).toBe('120px');
    expect(classes.has('has-screen-keyboard')).toBe(true);
  });

  it('leaves the layout alone while the user has zoomed in', () => {
    const { app, properties } = fakeApp();
    const { viewport, fire } = fakeViewport(844);
    fitToVisualViewport({ innerHeight: 844, visualViewport: viewport }, app);
    viewport.scale = 2;
    viewport.height = 422;
    fire();
    expect(properties.get('--viewport-height')).toBe('844px');
  });

  it('does nothing where there is no visual viewport (the window itself shrinks)', () => {
    const { app, classes } = fakeApp();
    fitToVisualViewport({ innerHeight: 600 }, app);
    expect(classes.size).toBe(0);
  });
});
