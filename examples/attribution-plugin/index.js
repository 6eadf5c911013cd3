// Who said what in a short wire story, with the attribution plugin in a
// unified pipeline of our own: structured results in file.data, findings as
// vfile messages.
import retextAttribution from '@sourcing/retext-attribution'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {reporter} from 'vfile-reporter'

const story = `The port will reopen on Monday, the transport minister, Elena Marsh, told reporters.

"We have cleared the channel," she said. A union official, who asked not to be named because he was not authorised to speak to the press, said dockers would return the same day.

Shipping lines reportedly lost $30 million during the closure.`

const file = await unified()
  .use(retextEnglish)
  .use(retextAttribution)
  .use(retextStringify)
  .process(story)

for (const attribution of file.data.attributions ?? []) {
  console.log(
    [
      attribution.source?.text ?? '(no source)',
      attribution.cue.text,
      attribution.sourceType,
      attribution.quote,
      `speaker: ${attribution.speaker}`
    ].join(' | ')
  )
}
console.log(reporter([file], {quiet: true}))
