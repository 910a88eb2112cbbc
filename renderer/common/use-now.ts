import { useEffect, useState } from 'react'

/** The current time, updated every `intervalMs` while `running`: for clocks only, so nothing else re-renders. */
export function useNow(running: boolean, intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(new Date()), intervalMs)
    return () => clearInterval(timer)
  }, [running, intervalMs])
  return now
}
