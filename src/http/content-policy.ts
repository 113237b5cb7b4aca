/**
 * The image source a map's tile URL template needs in the pages' Content
 * Security Policy: `https://{s}.tile.example.org/{z}/{x}/{y}.png` →
 * `https://*.tile.example.org`. Helmet's default allows images from the
 * site itself only, which leaves every map grey in production.
 */
export function tileImageSource(tileUrl: string): string | null {
  const origin = /^(https?:\/\/[^/?#]+)/i.exec(tileUrl.trim())?.[1];
  if (!origin) return null;
  return origin.replace(/\{[a-z]\}\./gi, '*.').toLowerCase();
}
