import {text} from 'node:stream/consumers'
import {main} from './cli.js'

function writer(stream: NodeJS.WriteStream) {
  return (chunk: string) =>
    new Promise<void>((resolve, reject) => {
      stream.write(chunk, (error) => (error ? reject(error) : resolve()))
    })
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  stdin: () => text(process.stdin),
  // Results printed on the terminal show the progress themselves, and would
  // tear a bar drawn between them: a bar only when stdout goes elsewhere.
  progress: process.stdout.isTTY ? undefined : {stream: process.stderr}
})
