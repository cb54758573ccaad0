export function TfpbPage() {
  return null;
}
