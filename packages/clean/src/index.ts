export {toIsoDate} from './date.js'
