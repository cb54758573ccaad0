/**
 * The text of a certificate file for the backend, which checks it. A PEM file (.pem, .crt, often .cer) is sent as read;
 * a binary one (DER: what Windows exports as .cer by default) is wrapped as PEM first.
 */
export async function certificateFileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder('utf-8').decode(bytes);
  if (bytes.length === 0 || text.includes('-----BEGIN')) return text;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}
