import Button from '@mui/material/Button'

/** The button that brings back a section's (or the record's) earlier notes, saying how many there are. */
export function EarlierNotes({
  count,
  onShow,
  large = false,
}: {
  readonly count: number
  readonly onShow: () => void
  readonly large?: boolean
}) {
  if (count <= 0 || large) return null
  return (
    <Button size="small" variant="text" onClick={onShow} sx={{ alignSelf: 'flex-start' }}>
      Show {count === 1 ? '1 earlier note' : `${count} earlier notes`}
    </Button>
  )
}
