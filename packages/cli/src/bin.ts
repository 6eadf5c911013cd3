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
  stdin: () => text(process.stdin)
})
