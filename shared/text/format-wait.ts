/**
 * A wait in plain words: seconds under a minute ('1 second', '45 seconds'), whole minutes after, rounded
 * up so the wait is never made to sound shorter than it is ('5 minutes').
 */
export function formatWait(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds))
  if (whole < 60) return whole === 1 ? '1 second' : `${whole} seconds`
  const minutes = Math.ceil(whole / 60)
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}
