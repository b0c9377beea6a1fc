// qrcode 1.5 ships no types; this is the one call the platform makes.
declare module 'qrcode' {
  export function toString(
    text: string,
    options: {
      type: 'svg' | 'utf8' | 'terminal';
      margin?: number;
      errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    },
  ): Promise<string>;
}
