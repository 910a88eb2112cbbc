import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'

type Answer = { readonly ok: boolean; readonly error?: { readonly message: string } }

/**
 * The section the minute taker is on, as they see it: the one they last moved to, at once, while the
 * moves are still on their way to the store. A note typed straight after Ctrl+. goes there.
 *
 * The choice is let go only when every move sent has been answered (the store then holds the last one),
 * never when a store answer merely matches it: an answer to an earlier move arriving between two quick
 * moves must not take the minute taker back a section. `now` is set the moment a move is made, so a key
 * pressed before React has drawn the move (a second Ctrl+., an Enter) reads the section it lands in.
 */
export function useCurrentSection(options: {
  readonly savedKey: string | null
  readonly move: (sectionKey: string) => Promise<Answer>
  readonly report: (answer: Answer) => void
}): {
  readonly currentKey: string | null
  readonly now: RefObject<string | null>
  readonly goTo: (sectionKey: string) => void
} {
  const { savedKey, move, report } = options
  const [chosenKey, setChosenKey] = useState<string | null>(null)
  const unanswered = useRef(0)
  const currentKey = chosenKey ?? savedKey
  const now = useRef<string | null>(currentKey)
  useLayoutEffect(() => {
    now.current = currentKey
  }, [currentKey])

  const goTo = useCallback(
    (sectionKey: string) => {
      unanswered.current += 1
      now.current = sectionKey
      setChosenKey(sectionKey)
      void move(sectionKey).then((answer) => {
        unanswered.current -= 1
        // The store has every move now: its section is the one shown (the last chosen, or, where the
        // last was refused, the one it kept).
        if (unanswered.current === 0) setChosenKey(null)
        report(answer)
      })
    },
    [move, report],
  )
  return { currentKey, now, goTo }
}
