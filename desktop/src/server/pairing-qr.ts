import QRCode from 'qrcode';

/**
 * The pairing URL as a QR code. Error correction "M" survives a glare spot on a laptop screen
 * and keeps the code small enough for older phone cameras and WeChat's scanner.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export function pairingQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}

/** Half-block characters, so the code fits an 80-column terminal and scans from it. */
export function pairingQrTerminal(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'terminal', small: true });
}
