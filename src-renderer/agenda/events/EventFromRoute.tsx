export function EventFromRoute() {
  return null;
}
