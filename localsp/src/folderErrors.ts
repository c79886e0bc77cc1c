/** SharePoint's errors for folder paths (codes as SharePoint Online puts them in odata.error.code). */
import { SpError } from './errors';

export const FolderErrors = {
  folderNotFound: (url: string): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', `File Not Found. ${url}`),
  folderExists: (url: string): SpError =>
    new SpError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${url} already exists.`)
};
