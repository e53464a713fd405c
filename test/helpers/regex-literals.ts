import ts from 'typescript'

export interface RegexLiteral {
  /** 1-based line of the literal in its file. */
  line: number
  source: string
  flags: string
}

/**
 * The regular-expression literals of one TypeScript file, found by the compiler's parser so
 * that a division (`a / b / c`) or a slash in a string or comment is never mistaken for one.
 */
export function regexLiterals(fileName: string, text: string): RegexLiteral[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: RegexLiteral[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file)
      const close = literal.lastIndexOf('/')
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
      found.push({
        line: line + 1,
        source: literal.slice(1, close),
        flags: literal.slice(close + 1),
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/**
 * Flags as recheck 4.5 understands them. It rejects `d` (match indices, which change no
 * matching) and `v`; `v` is checked as `u`, its closest older relative, and a pattern that only
 * parses under `v` then reports status `unknown`, which the safety test treats as a failure.
 */
export function recheckFlags(flags: string): string {
  return flags.replace('d', '').replace('v', 'u')
}
