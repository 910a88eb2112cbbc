import { useEffect, useState } from 'react'
import type { LaptopRole } from '../../shared/model/identity.ts'
import { convene } from '../api/convene.ts'

let known: LaptopRole | null = null
const listeners = new Set<(role: LaptopRole) => void>()

/** Tells every screen who uses this laptop now (after Settings changed it). */
export function roleChanged(role: LaptopRole): void {
  known = role
  for (const listener of listeners) listener(role)
}

/**
 * Who uses this laptop: a chair or mediator, or an administrator, whose Convene shows the desk alone. Null
 * until main has said (asked once, then kept).
 */
export function useLaptopRole(): LaptopRole | null {
  const [role, setRole] = useState<LaptopRole | null>(known)
  useEffect(() => {
    listeners.add(setRole)
    if (known === null)
      void convene()
        .identity.get()
        .then((result) => result.ok && roleChanged(result.value.role))
    return () => {
      listeners.delete(setRole)
    }
  }, [])
  return role
}
