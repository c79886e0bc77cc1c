/** SharePoint's errors for folder paths (codes as SharePoint Online puts them in odata.error.code). */
import { SpError } from './errors';

export const FolderErrors = {
  folderNotFound: (url: string): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', `File Not Found. ${url}`),
  folderExists: (url: string): SpError =>
    new SpError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${url} already exists.`)
};

/**
 * SharePoint does not allow unique values and item-level permissions in one list (SharePoint 2010
 * SDK, "Enforcing Uniqueness in Column Values": inheritance cannot be broken from a list to its
 * items while a column enforces unique values, and a column cannot enforce unique values on a
 * list with items that have unique permissions). The wording is the local SharePoint's.
 */
export const UniquenessErrors = {
  breakWithUniqueColumn: (): SpError =>
    new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'Items in this list cannot have unique permissions because a column in the list enforces unique values.'
    ),
  uniqueColumnWithItemScopes: (): SpError =>
    new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'This column cannot enforce unique values because the list has items or folders with unique permissions.'
    )
};
