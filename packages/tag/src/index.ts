export {tagArticle} from './tag.js'
