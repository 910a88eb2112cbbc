import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron'

/**
 * The right-click menu every desktop app has: spelling suggestions for a misspelt word, 'Add to
 * dictionary', then Cut, Copy, Paste and Select all where they apply. Built from Electron's edit roles, so
 * each does what the platform does.
 */
export function contextMenuTemplate(
  contents: WebContents,
  params: ContextMenuParams,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  if (params.isEditable && params.misspelledWord) {
    for (const suggestion of params.dictionarySuggestions.slice(0, 5))
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) })
    if (params.dictionarySuggestions.length === 0)
      items.push({ label: 'No spelling suggestions', enabled: false })
    items.push(
      {
        label: 'Add to dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
      },
      { type: 'separator' },
    )
  }
  const flags = params.editFlags
  if (params.isEditable)
    items.push(
      { role: 'undo', enabled: flags.canUndo },
      { role: 'redo', enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    )
  else if (params.selectionText.trim() !== '')
    items.push({ role: 'copy', enabled: flags.canCopy }, { role: 'selectAll' })
  return items
}

/** Shows the menu at the pointer whenever the page is right-clicked (or the menu key is pressed). */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(contents, params)
    if (template.length > 0) Menu.buildFromTemplate(template).popup()
  })
}
