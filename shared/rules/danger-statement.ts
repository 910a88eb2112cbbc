/** A danger statement or safety goal as the room reads it: the opening words, then what was written. */
export type StatementWording = {
  /** The opening the room's screen adds ('We are worried that'), or null when the text already has one. */
  readonly opening: string | null
  readonly text: string
}

const openings = {
  danger: () => 'We are worried that',
  goal: (children: number, written: string) =>
    // 'When' takes what is true then ('Zosia sleeps…'); a goal written as what will be ('Zosia will have
    // two trusted adults…', as the form asks) is introduced as what makes them safe, never 'when Zosia will'.
    willOpening.test(written)
      ? children > 1
        ? 'What will make the children safe:'
        : 'What will make the child safe:'
      : children > 1
        ? 'We will know the children are safe when'
        : 'We will know the child is safe when',
} as const

/** A goal that says what someone will do or have: 'Zosia will have…', 'Anna and Piotr will…'. */
const willOpening = /^[^.!?,;:]{0,50}?\bwill\b/i

/** Who may open a statement: 'We', 'Everyone', 'The professionals', 'Anna and Piotr'... */
const alreadyOpened = {
  // '… are worried / concerned / worry that …' near the start.
  danger: /^[^.!?]{0,60}?\b(worried|worry|worries|concerned|concern|afraid|fear)\b/i,
  // '… will know …', '… safe when …', '… will be safe …' near the start.
  goal: /^[^.!?]{0,60}?\b(will know|safe (enough )?when|will (all )?(see|feel))\b/i,
} as const

/**
 * How the room's screen words a danger statement or safety goal. The chair may write the whole sentence
 * ('We are worried that Zosia…', 'Everyone will know Zosia is safe when…') or only its end ('Zosia will
 * be hurt if…'); the screen adds the opening only where the words do not already have one, so the family
 * never reads 'We are worried that we are worried that'.
 */
export function statementWording(
  kind: 'danger' | 'goal',
  written: string,
  /** How many children the meeting is about: 'the child' or 'the children'. */
  children = 1,
): StatementWording {
  const text = written.trim()
  return alreadyOpened[kind].test(text)
    ? { opening: null, text }
    : { opening: openings[kind](children, text), text }
}
