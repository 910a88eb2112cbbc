import { useEffect, useRef, useState, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  bankHolidayRegionLabels,
  bankHolidayRegions,
  type BankHolidayRegion,
} from '../../shared/calendar/bank-holidays.ts'
import { meetingKindLabels, meetingKinds, type MeetingKind } from '../../shared/kinds/registry.ts'
import type { CouncilSettings } from '../../shared/settings/settings.ts'
import { convene } from '../api/convene.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { AgendaTemplateEditor } from './agenda-template-editor.tsx'
import { BankHolidayImport } from './bank-holiday-import.tsx'
import { ScreeningQuestionsEditor } from './screening-questions-editor.tsx'
import { SafeguardingContactsEditor } from './safeguarding-contacts-editor.tsx'
import { HandoverSettings } from '../handover/handover-settings.tsx'
import { LetterSettingsEditor } from './letter-settings-editor.tsx'
import { useLaptopRole } from '../common/use-laptop-role.ts'
import { CouncilAcronymsEditor } from './council-acronyms-editor.tsx'
import { LanguageSettingsEditor } from './language-settings-editor.tsx'
import { TimescaleSettingsEditor } from './timescale-settings-editor.tsx'
import { TrustedCertificatesEditor } from './trusted-certificates-editor.tsx'
import { useSettings } from './use-settings.ts'
import { withArticle } from '../../shared/text/sentences.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

/** The council's settings: agendas, deadlines, the safety scale, bank holidays and wording. Saved together. */
export function SettingsScreen({
  section = null,
}: {
  /** A part to open at (the home screen's 'Add the numbers' opens at the safeguarding contacts). */
  readonly section?: 'safeguarding' | null
}) {
  const saved = useSettings()
  // An administrator's laptop shows only what the desk uses; a service lead's, only who uses it.
  const role = useLaptopRole()
  const administrator = role === 'administrator' || role === 'service-lead'
  const [draft, setDraft] = useState<CouncilSettings | null>(null)
  // The draft as last drawn, for a save that answers after more was changed.
  const draftNow = useRef(draft)
  draftNow.current = draft
  const [kind, setKind] = useState<MeetingKind>('icpc')
  const [message, setMessage] = useState<{
    readonly severity: 'success' | 'error'
    readonly text: string
  } | null>(null)
  useEffect(() => {
    if (saved && draft === null) setDraft(saved)
  }, [saved, draft])
  const opened = draft !== null
  useEffect(() => {
    if (!opened || section !== 'safeguarding') return
    const heading = document.getElementById('safeguarding-settings')
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus({ preventScroll: true })
  }, [opened, section])
  if (!draft) return <Box aria-busy="true" />

  /**
   * Changes the draft as it is now, never a copy taken earlier: a file read (bank holidays, screening
   * questions, a certificate) answers after a moment, in which something else may have been changed.
   */
  const edit = (change: (current: CouncilSettings) => CouncilSettings): void =>
    setDraft((current) => (current ? change(current) : current))
  const save = async (): Promise<void> => {
    const sent = draft
    const { version: _version, ...patch } = sent
    const result = await convene().settings.update(patch)
    if (result.ok) {
      // What was changed while the save was under way is kept, still to be saved.
      const changedSince = draftNow.current !== sent
      if (!changedSince) setDraft(result.value)
      setMessage({
        severity: 'success',
        text: changedSince
          ? 'Settings saved, except what you changed while they were saving: save again to keep that.'
          : 'Settings saved. New meetings use them; meetings already set up keep their own agenda.',
      })
    } else setMessage({ severity: 'error', text: result.error.message })
  }
  const reset = async (): Promise<void> => {
    const result = await convene().settings.reset()
    if (result.ok) {
      setDraft(result.value)
      setMessage({ severity: 'success', text: 'Every setting is back to the default.' })
    } else setMessage({ severity: 'error', text: result.error.message })
  }
  const changed = JSON.stringify(draft) !== JSON.stringify(saved)

  return (
    <Box sx={{ maxWidth: 1000 }}>
      <PageHeading>Settings</PageHeading>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        What differs between councils. Changes apply to meetings set up after you save them.
      </Typography>
      {message && (
        <Alert
          severity={message.severity}
          sx={{ mb: 2 }}
          role={message.severity === 'error' ? 'alert' : 'status'}
          onClose={() => setMessage(null)}
        >
          {message.text}
        </Alert>
      )}
      <Stack spacing={3}>
        {administrator && (
          <Alert severity="info">
            {role === 'service-lead'
              ? 'This laptop is set up for a service lead: it keeps only the outcomes files chairs and mediators export. Who uses it is set under Handovers.'
              : 'This laptop is set up for an administrator: only what the desk uses is here. Who uses it is set under Handovers.'}
          </Alert>
        )}
        {!administrator && (
          <SettingsSection id="agenda-settings" title="Agendas">
            <Tabs
              value={kind}
              onChange={(_event, next: MeetingKind) => setKind(next)}
              variant="scrollable"
              aria-label="Kind of meeting"
              sx={{ mb: 2 }}
            >
              {meetingKinds.map((value) => (
                <Tab key={value} value={value} label={meetingKindLabels[value]} />
              ))}
            </Tabs>
            <AgendaTemplateEditor
              key={kind}
              sections={draft.agendaTemplates[kind]}
              onChange={(sections) =>
                edit((current) => ({
                  ...current,
                  agendaTemplates: { ...current.agendaTemplates, [kind]: sections },
                }))
              }
            />
          </SettingsSection>
        )}
        {!administrator && (
          <SettingsSection id="deadline-settings" title="Reports and working days">
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
              <TextField
                select
                id="bank-holiday-region"
                label="Bank holidays"
                value={draft.bankHolidayRegion}
                onChange={(event) => {
                  const { value } = event.target
                  edit((current) => ({
                    ...current,
                    bankHolidayRegion: value as BankHolidayRegion,
                  }))
                }}
                helperText="Working days skip weekends and these bank holidays"
              >
                {bankHolidayRegions.map((region) => (
                  <MenuItem key={region} value={region}>
                    {bankHolidayRegionLabels[region]}
                  </MenuItem>
                ))}
              </TextField>
              {(['icpc', 'rcpc', 'core-group'] as const).map((meetingKind) => (
                <TextField
                  key={meetingKind}
                  id={`deadline-${meetingKind}`}
                  type="number"
                  label={`Reports due before ${withArticle(meetingKindLabels[meetingKind].toLocaleLowerCase('en-GB'))}`}
                  value={draft.reportDeadlineWorkingDays[meetingKind]}
                  onChange={(event) => {
                    const { value } = event.target
                    edit((current) => ({
                      ...current,
                      reportDeadlineWorkingDays: {
                        ...current.reportDeadlineWorkingDays,
                        [meetingKind]: Math.max(0, Math.min(20, Math.round(Number(value) || 0))),
                      },
                    }))
                  }}
                  helperText="Working days"
                  slotProps={{ htmlInput: { min: 0, max: 20 } }}
                />
              ))}
            </Box>
            <BankHolidayImport
              region={draft.bankHolidayRegion}
              value={draft.importedBankHolidays ?? null}
              onChange={(importedBankHolidays) => edit((current) => ({ ...current, importedBankHolidays }))}
            />
          </SettingsSection>
        )}
        {/* A service lead's figures come on time or late from each chair's laptop: no timescales here. */}
        {role !== 'service-lead' && (
          <SettingsSection id="timescale-settings" title="Timescales">
            <TimescaleSettingsEditor
              value={draft.timescales}
              onChange={(timescales) => edit((current) => ({ ...current, timescales }))}
            />
          </SettingsSection>
        )}
        {!administrator && (
          <SettingsSection id="scale-settings" title="The safety scale">
            <Box sx={{ display: 'grid', gap: 2 }}>
              <TextField
                id="scale-zero"
                label="0 means"
                value={draft.scaling.zeroMeans}
                onChange={(event) => {
                  const { value } = event.target
                  edit((current) => ({
                    ...current,
                    scaling: { ...current.scaling, zeroMeans: value },
                  }))
                }}
              />
              <TextField
                id="scale-ten"
                label="10 means"
                value={draft.scaling.tenMeans}
                onChange={(event) => {
                  const { value } = event.target
                  edit((current) => ({
                    ...current,
                    scaling: { ...current.scaling, tenMeans: value },
                  }))
                }}
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={draft.scaling.higherIsSafer}
                    onChange={(event) => {
                      const { checked } = event.target
                      edit((current) => ({
                        ...current,
                        scaling: { ...current.scaling, higherIsSafer: checked },
                      }))
                    }}
                  />
                }
                label="A higher number means safer"
              />
            </Box>
          </SettingsSection>
        )}
        {!administrator && (
          <SettingsSection id="language-settings" title="Wording suggestions">
            <LanguageSettingsEditor
              value={draft.language}
              onChange={(language) => edit((current) => ({ ...current, language }))}
            />
            <Box sx={{ mt: 3 }}>
              <CouncilAcronymsEditor
                value={draft.language.acronyms}
                onChange={(acronyms) =>
                  edit((current) => ({ ...current, language: { ...current.language, acronyms } }))
                }
              />
            </Box>
          </SettingsSection>
        )}
        {!administrator && (
          <SettingsSection id="screening-settings" title="MIAM screening questions">
            <ScreeningQuestionsEditor
              value={draft.screeningQuestions ?? null}
              onChange={(screeningQuestions) => edit((current) => ({ ...current, screeningQuestions }))}
            />
          </SettingsSection>
        )}
        {!administrator && (
          <SettingsSection id="safeguarding-settings" title="Safeguarding contacts" focusable>
            <SafeguardingContactsEditor
              value={draft.safeguardingContacts}
              onChange={(safeguardingContacts) =>
                edit((current) => ({ ...current, safeguardingContacts: [...safeguardingContacts] }))
              }
            />
          </SettingsSection>
        )}
        {role !== 'service-lead' && (
          <SettingsSection id="letter-settings" title="Letterhead and covering message">
            <LetterSettingsEditor
              value={draft.letters}
              onChange={(letters) => edit((current) => ({ ...current, letters }))}
            />
          </SettingsSection>
        )}
        <SettingsSection id="handover-settings" title="Handovers">
          <HandoverSettings />
        </SettingsSection>
        <SettingsSection id="trust-settings" title="Certificates for verifying documents">
          <TrustedCertificatesEditor
            value={draft.trustedCertificates}
            onChange={(trustedCertificates) =>
              edit((current) => ({ ...current, trustedCertificates: [...trustedCertificates] }))
            }
          />
        </SettingsSection>
        <Stack
          direction="row"
          spacing={2}
          // Down to the window's edge, so nothing scrolling under it shows below it.
          sx={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            bgcolor: 'background.default',
            pt: 1,
            pb: 1.5,
            borderTop: 1,
            borderColor: 'divider',
          }}
        >
          <Button
            variant="contained"
            size="large"
            onClick={() => void save()}
            disabled={!changed}
            id="save-settings"
          >
            Save settings
          </Button>
          <Button
            size="large"
            onClick={() => {
              setDraft(saved)
              // This button and Save are disabled once nothing is changed: the focus goes to the top of
              // Settings rather than to the page itself.
              focusAfterDrawing('main h1')
            }}
            disabled={!changed}
          >
            Undo my changes
          </Button>
          <Button size="large" color="warning" onClick={() => void reset()}>
            Put back the defaults
          </Button>
        </Stack>
      </Stack>
    </Box>
  )
}

/** A section of the settings: a card with its heading (a link may move focus to the heading). */
function SettingsSection({
  id,
  title,
  focusable = false,
  children,
}: {
  readonly id: string
  readonly title: string
  readonly focusable?: boolean
  readonly children: ReactNode
}) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 3 }}>
      <Typography variant="h2" id={id} sx={{ mb: 2 }} {...(focusable ? { tabIndex: -1 } : {})}>
        {title}
      </Typography>
      {children}
    </Paper>
  )
}
