import { useState } from 'react'
import Accordion from '@mui/material/Accordion'
import AccordionDetails from '@mui/material/AccordionDetails'
import AccordionSummary from '@mui/material/AccordionSummary'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import IconButton from '@mui/material/IconButton'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import ExpandMore from '@mui/icons-material/ExpandMore'
import {
  bundledRuleFiles,
  languageCategoryTitles,
  type LanguageCategory,
  type LanguageRule,
} from '../../shared/language/rule-files.ts'
import {
  ExtraLanguageRuleSchema,
  type ExtraLanguageRule,
  type LanguageSettings,
} from '../../shared/language/language-settings.ts'
import { uniqueSlug } from '../../shared/text/unique-slug.ts'

type Props = {
  readonly value: LanguageSettings
  readonly onChange: (value: LanguageSettings) => void
}

/** How a rule is named in settings: the acronym, or the words it looks for. */
const ruleName = (rule: LanguageRule): string =>
  rule.term ? `${rule.term}: ${rule.expansion ?? ''}` : `‘${rule.id.replace(/-/g, ' ')}’`

const toggle = <T,>(list: ReadonlyArray<T>, item: T, on: boolean): T[] =>
  on ? list.filter((entry) => entry !== item) : [...list.filter((entry) => entry !== item), item]

/**
 * The restorative-language assistant's settings: on or off, the readability to aim for, which kinds of
 * wording and which single rules it looks for, and phrases the council adds of its own.
 */
export function LanguageSettingsEditor({ value, onChange }: Props) {
  return (
    <Stack spacing={2}>
      <FormControlLabel
        control={
          <Checkbox
            id="language-on"
            checked={value.assistantOn}
            onChange={(event) => onChange({ ...value, assistantOn: event.target.checked })}
          />
        }
        label="Suggest other wording as notes are typed"
      />
      <TextField
        id="readability-target"
        type="number"
        label="Readability to aim for"
        value={value.readabilityTarget}
        onChange={(event) =>
          onChange({
            ...value,
            readabilityTarget: Math.max(0, Math.min(100, Math.round(Number(event.target.value) || 0))),
          })
        }
        helperText="Flesch reading ease, 0 to 100: 60 or more is plain English most adults read easily"
        slotProps={{ htmlInput: { min: 0, max: 100 } }}
        sx={{ maxWidth: 420 }}
      />
      <Box>
        <Typography variant="h3" sx={{ mb: 1 }}>
          What to look for
        </Typography>
        {bundledRuleFiles.map((file) => {
          const categoryOn = !value.disabledCategories.includes(file.category)
          // A term only for the glossary ('GP') is never suggested, so there is nothing to switch off.
          const rules = file.rules.filter((rule) => !rule.glossaryOnly)
          const rulesOff = rules.filter((rule) => value.disabledRuleIds.includes(rule.id)).length
          return (
            <Accordion key={file.category} disableGutters variant="outlined">
              <AccordionSummary
                expandIcon={<ExpandMore />}
                aria-controls={`rules-${file.category}`}
                id={`rules-${file.category}-summary`}
              >
                <Box>
                  <Typography sx={{ fontWeight: 600 }}>{file.title}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {categoryOn
                      ? `${rules.length - rulesOff} of ${rules.length} looked for`
                      : 'Not looked for'}
                  </Typography>
                </Box>
              </AccordionSummary>
              <AccordionDetails id={`rules-${file.category}`}>
                <Typography color="text.secondary" sx={{ mb: 1 }}>
                  {file.description}
                </Typography>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={categoryOn}
                      onChange={(event) =>
                        onChange({
                          ...value,
                          disabledCategories: toggle(
                            value.disabledCategories,
                            file.category,
                            event.target.checked,
                          ),
                        })
                      }
                    />
                  }
                  label={`Look for ${file.title.toLocaleLowerCase('en-GB')}`}
                />
                <Box
                  sx={{
                    display: 'grid',
                    gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
                    columnGap: 2,
                    pl: 3,
                  }}
                >
                  {rules.map((rule) => (
                    <FormControlLabel
                      key={rule.id}
                      disabled={!categoryOn}
                      control={
                        <Checkbox
                          size="small"
                          checked={!value.disabledRuleIds.includes(rule.id)}
                          onChange={(event) =>
                            onChange({
                              ...value,
                              disabledRuleIds: toggle(value.disabledRuleIds, rule.id, event.target.checked),
                            })
                          }
                        />
                      }
                      label={ruleName(rule)}
                    />
                  ))}
                </Box>
              </AccordionDetails>
            </Accordion>
          )
        })}
      </Box>
      <ExtraPhrases value={value} onChange={onChange} />
    </Stack>
  )
}

type PhraseForm = { phrase: string; category: LanguageCategory; reason: string; suggestion: string }
const emptyForm: PhraseForm = { phrase: '', category: 'blaming', reason: '', suggestion: '' }

/** A key for a council's phrase, from its words, unlike any other. */
const idFor = (phrase: string, taken: ReadonlyArray<ExtraLanguageRule>): string =>
  `extra-${uniqueSlug(phrase, (slug) => taken.some((rule) => rule.id === `extra-${slug}`), {
    maxLength: 50,
    fallback: 'phrase',
  })}`

/** The council's own phrases: listed, removable, and a form to add one. */
function ExtraPhrases({ value, onChange }: Props) {
  const [form, setForm] = useState<PhraseForm>(emptyForm)
  const [problems, setProblems] = useState<Partial<Record<keyof PhraseForm, string>>>({})
  const add = (): void => {
    const checked = ExtraLanguageRuleSchema.safeParse({ id: idFor(form.phrase, value.extraRules), ...form })
    if (!checked.success) {
      setProblems(
        Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      )
      return
    }
    onChange({ ...value, extraRules: [...value.extraRules, checked.data] })
    setForm(emptyForm)
    setProblems({})
  }
  const field = (name: keyof PhraseForm) => ({
    id: `extra-${name}`,
    value: form[name],
    error: problems[name] !== undefined,
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  })
  return (
    <Box component="section" aria-labelledby="extra-phrases">
      <Typography variant="h3" id="extra-phrases" sx={{ mb: 1 }}>
        Your council&apos;s own phrases
      </Typography>
      {value.extraRules.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          None yet. Add a phrase your council would rather minutes did not use.
        </Typography>
      ) : (
        <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, mb: 2 }}>
          {value.extraRules.map((rule) => (
            <Stack component="li" key={rule.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography sx={{ flexGrow: 1 }}>
                <strong>‘{rule.phrase}’</strong> ({languageCategoryTitles[rule.category]}): {rule.reason}
                {rule.suggestion && ` Instead: ‘${rule.suggestion}’.`}
              </Typography>
              <IconButton
                aria-label={`Remove the phrase ‘${rule.phrase}’`}
                onClick={() =>
                  onChange({ ...value, extraRules: value.extraRules.filter((item) => item.id !== rule.id) })
                }
              >
                <DeleteOutlined />
              </IconButton>
            </Stack>
          ))}
        </Stack>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField {...field('phrase')} label="Words to look for" helperText={problems.phrase ?? ' '} />
        <TextField {...field('category')} select label="Kind" helperText=" ">
          {bundledRuleFiles.map((file) => (
            <MenuItem key={file.category} value={file.category}>
              {file.title}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...field('reason')}
          label="Why, in plain words"
          helperText={problems.reason ?? 'Shown to the minute taker'}
        />
        <TextField
          {...field('suggestion')}
          label="What to write instead (optional)"
          helperText={problems.suggestion ?? ' '}
        />
      </Box>
      <Button variant="outlined" onClick={add} id="add-extra-phrase">
        Add this phrase
      </Button>
    </Box>
  )
}
