export function AttendanceDesk() {
  return null;
}
