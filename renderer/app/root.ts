import { createRoot, type Root } from 'react-dom/client'

let root: Root | null = null

/**
 * The page's one React root: the lock screen renders into it first when the meetings are locked at start,
 * and the app replaces it there once unlocked (renderer/main.tsx). Null if the page has no #root.
 */
export function pageRoot(): Root | null {
  if (!root) {
    const element = document.getElementById('root')
    if (element) root = createRoot(element)
  }
  return root
}
