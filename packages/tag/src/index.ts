export {blankRemoved} from './blank.js'
export {tagArticle} from './tag.js'
