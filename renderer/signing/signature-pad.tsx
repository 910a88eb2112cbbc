import { useEffect, useRef, useState, type PointerEvent } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { SignatureMark } from '../../shared/model/identity.ts'

/** What the pad says, for the chair's own signature or for someone signing in front of them. */
export type SignaturePadWords = {
  readonly typedLabel: string
  readonly typedHint: string
  readonly drawnHint: string
  readonly save: string
}

const chairsWords: SignaturePadWords = {
  typedLabel: 'Your name as you sign it',
  typedHint: 'Shown in the signature block of the minutes',
  drawnHint: 'Your signature is kept encrypted on this laptop and used each time you sign.',
  save: 'Use this signature',
}

/**
 * A signature, drawn with a mouse, pen or finger, or typed (the way for anyone who cannot or would rather
 * not draw, and the keyboard's way): the chair's own, kept for signing, or a parent's, signing in front of
 * the mediator. Hands the mark back; the caller stores it.
 */
export function SignaturePad({
  onSave,
  words = chairsWords,
  idPrefix = '',
}: {
  readonly onSave: (mark: SignatureMark) => void
  readonly words?: SignaturePadWords
  /** Keeps the ids apart where several pads may be on one screen. */
  readonly idPrefix?: string
}) {
  const [mode, setMode] = useState<'type' | 'draw'>('type')
  const [typed, setTyped] = useState('')
  const [drawn, setDrawn] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const last = useRef<{ x: number; y: number } | null>(null)

  useEffect(() => {
    const context = canvas.current?.getContext('2d')
    if (!context) return
    context.lineWidth = 2.5
    context.lineCap = 'round'
    context.strokeStyle = '#1a1f24'
  }, [mode])

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    return {
      x: ((event.clientX - box.left) * event.currentTarget.width) / box.width,
      y: ((event.clientY - box.top) * event.currentTarget.height) / box.height,
    }
  }
  const draw = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = canvas.current?.getContext('2d')
    if (!context || !last.current) return
    const next = point(event)
    context.beginPath()
    context.moveTo(last.current.x, last.current.y)
    context.lineTo(next.x, next.y)
    context.stroke()
    last.current = next
    setDrawn(true)
  }
  const clear = () => {
    const element = canvas.current
    element?.getContext('2d')?.clearRect(0, 0, element.width, element.height)
    setDrawn(false)
  }
  const save = () => {
    if (mode === 'type') {
      if (!/\p{L}/u.test(typed)) return setProblem('Type your name as you sign it, in letters')
      return onSave({ kind: 'typed', text: typed.trim() })
    }
    if (!drawn || !canvas.current) return setProblem('Draw your signature in the box first')
    onSave({
      kind: 'drawn',
      png: canvas.current.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''),
    })
  }
  return (
    <Box>
      <Tabs
        value={mode}
        onChange={(_event, next: 'type' | 'draw') => {
          // A new canvas each time the drawing tab opens: nothing is drawn on it yet.
          setMode(next)
          setDrawn(false)
        }}
        aria-label="How to sign"
      >
        <Tab value="type" label="Type my name" />
        <Tab value="draw" label="Draw my signature" />
      </Tabs>
      {mode === 'type' ? (
        <TextField
          id={`${idPrefix}typed-signature`}
          label={words.typedLabel}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save()
          }}
          error={problem !== null}
          helperText={problem ?? words.typedHint}
          sx={{ mt: 2 }}
        />
      ) : (
        <Box sx={{ mt: 2 }}>
          <Box
            component="canvas"
            ref={canvas}
            width={600}
            height={200}
            aria-label="Signature drawing area: draw with a mouse, pen or finger"
            role="img"
            onPointerDown={(event: PointerEvent<HTMLCanvasElement>) => {
              event.currentTarget.setPointerCapture(event.pointerId)
              last.current = point(event)
            }}
            onPointerMove={draw}
            onPointerUp={() => (last.current = null)}
            sx={{
              width: '100%',
              maxWidth: 600,
              aspectRatio: '3 / 1',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              bgcolor: '#ffffff',
              touchAction: 'none',
              display: 'block',
            }}
          />
          <Typography variant="body2" color={problem ? 'error' : 'text.secondary'} sx={{ mt: 0.5 }}>
            {problem ?? words.drawnHint}
          </Typography>
          <Button size="small" onClick={clear}>
            Clear
          </Button>
        </Box>
      )}
      <Stack direction="row" sx={{ mt: 1 }}>
        <Button variant="outlined" onClick={save} id={`${idPrefix}save-signature`}>
          {words.save}
        </Button>
      </Stack>
    </Box>
  )
}
