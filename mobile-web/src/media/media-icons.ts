import type { MediaKey } from '@touchdesk/shared';

const SVG = 'http://www.w3.org/2000/svg';

/** One shape of an icon on a 24×24 grid: filled, or drawn as a 2px line. */
interface Shape {
  readonly d: string;
  readonly stroke?: true;
}

const SPEAKER: Shape = { d: 'M3 9h4l5-5v16l-5-5H3z' };

/**
 * The media buttons' pictures, drawn here rather than taken from emoji (⏯, 🔊): phones without
 * a colour-emoji font, old in-app browsers among them, would show empty boxes. Inline SVG
 * elements are part of the page, so the host's CSP needs no change.
 */
const ICONS: Readonly<Record<MediaKey, readonly Shape[]>> = {
  MediaTrackPrevious: [{ d: 'M5 6h2.5v12H5z' }, { d: 'M19 6v12l-9-6z' }],
  MediaPlayPause: [{ d: 'M3 6v12l8.5-6z' }, { d: 'M14 6h2.5v12H14z' }, { d: 'M18.5 6H21v12h-2.5z' }],
  MediaTrackNext: [{ d: 'M16.5 6H19v12h-2.5z' }, { d: 'M5 6v12l9-6z' }],
  AudioVolumeDown: [SPEAKER, { d: 'M15.5 9.5a3.5 3.5 0 0 1 0 5', stroke: true }],
  AudioVolumeMute: [SPEAKER, { d: 'M15.5 9.5l5 5M20.5 9.5l-5 5', stroke: true }],
  AudioVolumeUp: [SPEAKER, { d: 'M15.5 9.5a3.5 3.5 0 0 1 0 5', stroke: true }, { d: 'M18 6.5a8 8 0 0 1 0 11', stroke: true }],
};

/** The icon for `key`, in the button's text colour, hidden from screen readers (the name says it). */
export function mediaIcon(doc: Document, key: MediaKey): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'media-key__icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const shape of ICONS[key]) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', shape.d);
    if (shape.stroke) {
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', 'currentColor');
      path.setAttribute('stroke-width', '2');
      path.setAttribute('stroke-linecap', 'round');
    } else {
      path.setAttribute('fill', 'currentColor');
    }
    svg.appendChild(path);
  }
  return svg;
}
