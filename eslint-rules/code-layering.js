import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * Layering as one rule driven by a table, as VS Code's code-layering rule does. Each line of the table
 * names a layer (a folder or file of the project), the layers it may import from ('shared/*' for every layer
 * under shared/), and the packages it may
 * use. A file belongs to the layer of the longest matching path; an import of a project file must land in
 * the file's own layer or one it may use; an import of a package must match one of its package patterns
 * ('react', '@mui/*', 'node:*' for Node's own modules). tests/unit/lint/code-layering.test.ts proves each
 * line of the table fires.
 *
 * The table itself is in eslint.config.js, beside the rest of the configuration.
 */

/** @typedef {{ layer: string, paths: string[], may: string[], packages: string[], why?: string }} Layer */

const builtins = new Set(builtinModules)

/** 'react', '@mui/material/Button' -> '@mui/material'; 'node:fs/promises' -> 'node:fs'. */
function packageName(specifier) {
  if (specifier.startsWith('node:')) return `node:${specifier.slice(5).split('/')[0]}`
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  return builtins.has(name) ? `node:${name}` : name
}

function matchesPattern(name, pattern) {
  if (pattern === name) return true
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1))
  return false
}

/** The layer a project path belongs to: the line whose path is the longest prefix of it. */
export function layerOf(path, layers) {
  let found = null
  let length = -1
  for (const line of layers)
    for (const prefix of line.paths)
      if (
        (path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) &&
        prefix.length > length
      ) {
        found = line
        length = prefix.length
      }
  return found
}

/** @type {import('eslint').Rule.RuleModule} */
export const codeLayering = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the layers and packages its line of the table allows' },
    schema: [{ type: 'object', properties: { layers: { type: 'array' } }, additionalProperties: false }],
    messages: {
      layer: '{{from}} may not import {{to}}{{why}}',
      package: "{{from}} may not use the package '{{name}}'{{why}}",
      unknown: '{{path}} belongs to no layer of the table in eslint.config.js: add it to a layer',
    },
  },
  create(context) {
    const layers = /** @type {Layer[]} */ (context.options[0]?.layers ?? [])
    const root = context.cwd
    const file = relative(root, context.filename).split('\\').join('/')
    const own = layerOf(file, layers)
    if (!own) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknown', data: { path: file } })
        },
      }
    }
    const why = own.why ? `: ${own.why}` : ''
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return
      if (specifier.startsWith('.')) {
        const target = relative(root, resolve(dirname(join(root, file)), specifier))
          .split('\\')
          .join('/')
        const to = layerOf(target, layers)
        if (!to || to === own || own.may.some((pattern) => matchesPattern(to.layer, pattern))) return
        context.report({ node, messageId: 'layer', data: { from: own.layer, to: to.layer, why } })
        return
      }
      const name = packageName(specifier)
      if (own.packages.some((pattern) => matchesPattern(name, pattern))) return
      context.report({ node, messageId: 'package', data: { from: own.layer, name, why } })
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    }
  },
}

export default { rules: { 'code-layering': codeLayering } }
