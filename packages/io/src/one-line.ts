/**
 * The message of an error on one line, as failure records and stderr want it.
 *
 * @param error
 *   Anything thrown.
 * @returns
 *   Its message with line breaks and blank lines squeezed out.
 */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}
