// Worker-thread entry of the report stage's pool: score and render a batch.
export {renderReports as default} from './render.js'
