import "server-only";
import QRCode from "qrcode";

/** A PNG data URL of the QR code for `text`: what a phone would show at the door. */
export function qrDataUrl(text: string): Promise<string> {
  // Level M survives a little damage or glare; the quiet zone of 4 modules is what scanners want.
  return QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 4, scale: 5 });
}
