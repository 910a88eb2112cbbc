import { useEffect, useState } from 'react'
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

  const save = async (): Promise<void> => {
    const { version: _version, ...patch } = draft
    const result = await convene().settings.update(patch)
    if (result.ok) {
      setDraft(result.value)
      setMessage({
        severity: 'success',
        text: 'Settings saved. New meetings use them; meetings already set up keep their own agenda.',
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
          <Paper component="section" aria-labelledby="agenda-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="agenda-settings" sx={{ mb: 2 }}>
              Agendas
            </Typography>
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
                setDraft({ ...draft, agendaTemplates: { ...draft.agendaTemplates, [kind]: sections } })
              }
            />
          </Paper>
        )}
        {!administrator && (
          <Paper component="section" aria-labelledby="deadline-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="deadline-settings" sx={{ mb: 2 }}>
              Reports and working days
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
              <TextField
                select
                id="bank-holiday-region"
                label="Bank holidays"
                value={draft.bankHolidayRegion}
                onChange={(event) =>
                  setDraft({ ...draft, bankHolidayRegion: event.target.value as BankHolidayRegion })
                }
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
                  onChange={(event) =>
                    setDraft({
                      ...draft,
                      reportDeadlineWorkingDays: {
                        ...draft.reportDeadlineWorkingDays,
                        [meetingKind]: Math.max(0, Math.min(20, Math.round(Number(event.target.value) || 0))),
                      },
                    })
                  }
                  helperText="Working days"
                  slotProps={{ htmlInput: { min: 0, max: 20 } }}
                />
              ))}
            </Box>
            <BankHolidayImport
              region={draft.bankHolidayRegion}
              value={draft.importedBankHolidays ?? null}
              onChange={(importedBankHolidays) => setDraft({ ...draft, importedBankHolidays })}
            />
          </Paper>
        )}
        {/* A service lead's figures come on time or late from each chair's laptop: no timescales here. */}
        {role !== 'service-lead' && (
          <Paper component="section" aria-labelledby="timescale-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="timescale-settings" sx={{ mb: 2 }}>
              Timescales
            </Typography>
            <TimescaleSettingsEditor
              value={draft.timescales}
              onChange={(timescales) => setDraft({ ...draft, timescales })}
            />
          </Paper>
        )}
        {!administrator && (
          <Paper component="section" aria-labelledby="scale-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="scale-settings" sx={{ mb: 2 }}>
              The safety scale
            </Typography>
            <Box sx={{ display: 'grid', gap: 2 }}>
              <TextField
                id="scale-zero"
                label="0 means"
                value={draft.scaling.zeroMeans}
                onChange={(event) =>
                  setDraft({ ...draft, scaling: { ...draft.scaling, zeroMeans: event.target.value } })
                }
              />
              <TextField
                id="scale-ten"
                label="10 means"
                value={draft.scaling.tenMeans}
                onChange={(event) =>
                  setDraft({ ...draft, scaling: { ...draft.scaling, tenMeans: event.target.value } })
                }
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={draft.scaling.higherIsSafer}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        scaling: { ...draft.scaling, higherIsSafer: event.target.checked },
                      })
                    }
                  />
                }
                label="A higher number means safer"
              />
            </Box>
          </Paper>
        )}
        {!administrator && (
          <Paper component="section" aria-labelledby="language-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="language-settings" sx={{ mb: 2 }}>
              Wording suggestions
            </Typography>
            <LanguageSettingsEditor
              value={draft.language}
              onChange={(language) => setDraft({ ...draft, language })}
            />
            <Box sx={{ mt: 3 }}>
              <CouncilAcronymsEditor
                value={draft.language.acronyms}
                onChange={(acronyms) => setDraft({ ...draft, language: { ...draft.language, acronyms } })}
              />
            </Box>
          </Paper>
        )}
        {!administrator && (
          <Paper component="section" aria-labelledby="screening-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="screening-settings" sx={{ mb: 2 }}>
              MIAM screening questions
            </Typography>
            <ScreeningQuestionsEditor
              value={draft.screeningQuestions ?? null}
              onChange={(screeningQuestions) => setDraft({ ...draft, screeningQuestions })}
            />
          </Paper>
        )}
        {!administrator && (
          <Paper component="section" aria-labelledby="safeguarding-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="safeguarding-settings" sx={{ mb: 2 }} tabIndex={-1}>
              Safeguarding contacts
            </Typography>
            <SafeguardingContactsEditor
              value={draft.safeguardingContacts}
              onChange={(safeguardingContacts) =>
                setDraft({ ...draft, safeguardingContacts: [...safeguardingContacts] })
              }
            />
          </Paper>
        )}
        {role !== 'service-lead' && (
          <Paper component="section" aria-labelledby="letter-settings" sx={{ p: 3 }}>
            <Typography variant="h2" id="letter-settings" sx={{ mb: 2 }}>
              Letterhead and covering message
            </Typography>
            <LetterSettingsEditor
              value={draft.letters}
              onChange={(letters) => setDraft({ ...draft, letters })}
            />
          </Paper>
        )}
        <Paper component="section" aria-labelledby="handover-settings" sx={{ p: 3 }}>
          <Typography variant="h2" id="handover-settings" sx={{ mb: 2 }}>
            Handovers
          </Typography>
          <HandoverSettings />
        </Paper>
        <Paper component="section" aria-labelledby="trust-settings" sx={{ p: 3 }}>
          <Typography variant="h2" id="trust-settings" sx={{ mb: 2 }}>
            Certificates for verifying documents
          </Typography>
          <TrustedCertificatesEditor
            value={draft.trustedCertificates}
            onChange={(trustedCertificates) =>
              setDraft({ ...draft, trustedCertificates: [...trustedCertificates] })
            }
          />
        </Paper>
        <Stack
          direction="row"
          spacing={2}
          sx={{ position: 'sticky', bottom: 12, bgcolor: 'background.default', py: 1 }}
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
          <Button size="large" onClick={() => setDraft(saved)} disabled={!changed}>
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
