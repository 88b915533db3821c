import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** zbarimg's exit status when it read the image but found no symbol. */
const ZBAR_NO_SYMBOLS = 4;

/** Reads every QR code in an image the way a phone camera would see a screenshot of it. */
export async function decodeQr(pngPath: string): Promise<string[]> {
  try {
    const { stdout } = await execFileAsync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', pngPath]);
    return stdout.split('\n').filter((line) => line !== '');
  } catch (error) {
    if ((error as { code?: unknown }).code === ZBAR_NO_SYMBOLS) return [];
    throw error;
  }
}
