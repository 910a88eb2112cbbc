import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import type { OutputBundle, OutputChunk } from 'rolldown'
import { contentSecurityPolicyForMeta } from './electron/services/content-security-policy.ts'
import { themeStyleSheet, type StyleSheetObject } from './renderer/app/theme-style-sheet.ts'

/** Writes the Content-Security-Policy into the built index.html (the dev server's inline preamble needs it off). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'convene-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyForMeta}" />`,
      ),
  }
}

/**
 * Writes the theme's CSS variables into a style sheet that index.html links, so MUI need not serialise them
 * as the first screen renders (the app passes disableStyleSheetGeneration in a production build). The lock
 * screen is drawn on these variables before MUI has loaded, so the dev server writes them into the page.
 */
function themeStyleSheetFile(): Plugin {
  let sheet: Promise<string> | null = null
  const written = (): Promise<string> => {
    // Imported as the app imports it (not type-checked here: it is the web's code).
    sheet ??= import(pathToFileURL(resolve(import.meta.dirname, 'renderer/app/theme.ts')).href).then(
      ({ theme }: { theme: { generateStyleSheets: () => ReadonlyArray<StyleSheetObject> } }) =>
        themeStyleSheet(theme.generateStyleSheets()),
    )
    return sheet
  }
  let serving = false
  return {
    name: 'convene-theme-style-sheet',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    async buildStart() {
      if (serving) return
      this.emitFile({ type: 'asset', name: 'theme.css', source: await written() })
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (_html, context) => {
        if (!context.bundle)
          return [{ tag: 'style', children: await written(), injectTo: 'head-prepend' as const }]
        const file = Object.values(context.bundle).find(
          (item) => item.type === 'asset' && item.names.includes('theme.css'),
        )
        if (!file) throw new Error("The theme's style sheet is not in the build")
        return [
          {
            tag: 'link',
            attrs: { rel: 'stylesheet', href: `./${file.fileName}` },
            injectTo: 'head' as const,
          },
        ]
      },
    },
  }
}

/**
 * Lists the first screen's code in index.html as modulepreload links, in the order given (the lock screen's
 * chunk, then the app's), so the browser fetches it while it reads the page. main.tsx imports them
 * dynamically (to ask main for the first screen's data first), and a dynamic import is otherwise fetched
 * only once main.tsx itself has arrived and run.
 */
function preloadFirstScreen(starts: ReadonlyArray<string>): Plugin {
  return {
    name: 'convene-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const bundle: OutputBundle | undefined = context.bundle
        if (!bundle) return []
        const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk')
        const files = new Set<string>()
        const visit = (fileName: string): void => {
          if (files.has(fileName)) return
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
            visit(imported)
          files.add(fileName)
        }
        for (const start of starts) {
          const chunk = chunks.find((each) => each.moduleIds.some((id) => id.endsWith(start)))
          if (!chunk) throw new Error(`The first screen's chunk (${start}) is not in the build`)
          visit(chunk.fileName)
        }
        // The entry and what it imports statically are in the page already (Vite links those).
        const linked = new Set<string>()
        const link = (fileName: string): void => {
          if (linked.has(fileName)) return
          linked.add(fileName)
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
            link(imported)
        }
        for (const chunk of chunks) if (chunk.isEntry) link(chunk.fileName)
        return [...files]
          .filter((file) => !linked.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

/**
 * The first screen's code in one chunk per start, in order: every module the start imports statically,
 * less what main.tsx itself imports (that stays in the entry, so the first calls to main go before the
 * app's code is read) and less what an earlier start's chunk holds. So the lock screen's chunk is React
 * and the plain lock screen, and the app's is MUI and the first screens, importing React from the first.
 * Left to itself the bundler splits what lazy screens share into a dozen small chunks, and each file is a
 * request that costs the page's main thread several milliseconds at start.
 */
function firstScreenChunks(
  entry: string,
  starts: ReadonlyArray<{ readonly name: string; readonly start: string }>,
): {
  readonly plugin: Plugin
  readonly groups: ReadonlyArray<{ name: string; test: (id: string) => boolean; priority: number }>
} {
  const wanted = new Map(starts.map(({ name }) => [name, new Set<string>()]))
  return {
    plugin: {
      name: 'convene-first-screen-chunks',
      apply: 'build',
      buildEnd() {
        const reach = (from: string, stop: ReadonlySet<string>): Set<string> => {
          const seen = new Set<string>()
          const visit = (id: string): void => {
            if (seen.has(id) || stop.has(id)) return
            seen.add(id)
            for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next)
          }
          visit(from)
          return seen
        }
        const ids = [...this.getModuleIds()]
        const find = (suffix: string): string => {
          const id = ids.find((each) => each.endsWith(suffix))
          if (!id) throw new Error(`${suffix} is not in the build`)
          return id
        }
        const taken = reach(find(entry), new Set())
        for (const { name, start } of starts) {
          const group = wanted.get(name)
          group?.clear()
          for (const id of reach(find(start), taken)) {
            group?.add(id)
            taken.add(id)
          }
        }
      },
    },
    groups: starts.map(({ name }, index) => ({
      name,
      test: (id: string) => wanted.get(name)?.has(id) ?? false,
      priority: 10 + starts.length - index,
    })),
  }
}

/**
 * The note frame (renderer/capture/): capture.html and its script, built as one classic script. The frame is
 * sandboxed, so its document has no origin of its own, and a module script (which is fetched with CORS)
 * would not load; a classic script does. Served by the dev server as well as written into the build.
 */
function noteFrame(): Plugin {
  const folder = resolve(import.meta.dirname, 'renderer/capture')
  const script = async (): Promise<string> => {
    const { build } = await import('vite')
    const result = await build({
      configFile: false,
      root: folder,
      publicDir: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: true,
        lib: {
          entry: resolve(folder, 'note-frame-script.ts'),
          formats: ['iife'],
          name: 'conveneNoteFrame',
          fileName: () => 'capture.js',
        },
      },
    })
    const outputs = Array.isArray(result) ? result : [result]
    const chunk = outputs
      .flatMap((output) => ('output' in output ? output.output : []))
      .find((item) => item.type === 'chunk')
    if (!chunk) throw new Error("The note frame's script did not build")
    return chunk.code
  }
  const page = (): Promise<string> => readFile(resolve(folder, 'capture.html'), 'utf8')
  return {
    name: 'convene-note-frame',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'capture.js', source: await script() })
      this.emitFile({ type: 'asset', fileName: 'capture.html', source: await page() })
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? ''
        const body = path === '/capture.js' ? script() : path === '/capture.html' ? page() : null
        if (!body) {
          next()
          return
        }
        body.then(
          (text) => {
            response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'text/html')
            response.end(text)
          },
          (error: unknown) => next(error),
        )
      })
    },
  }
}

const firstScreenStarts = [
  { name: 'start-lock', start: '/renderer/vault/start-lock.tsx' },
  { name: 'start-app', start: '/renderer/app/start-app.tsx' },
]
const firstScreen = firstScreenChunks('/renderer/main.tsx', firstScreenStarts)

/**
 * Three builds: the main process (ESM), the preload (one CommonJS file, as a sandboxed preload must be, with
 * nothing left to require but 'electron'), and the renderer. Only these three go into the package.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { main: resolve(import.meta.dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [
      react(),
      contentSecurityPolicyMeta(),
      themeStyleSheetFile(),
      preloadFirstScreen(firstScreenStarts.map(({ start }) => start)),
      firstScreen.plugin,
      noteFrame(),
    ],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // The largest chunk is the passphrase estimator's word lists (1.6 MB), loaded only on the screen that
      // sets a passphrase; the app's own code is well under this.
      chunkSizeWarningLimit: 1800,
      rolldownOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [...firstScreen.groups],
          },
        },
      },
    },
  },
})
