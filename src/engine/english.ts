/**
 * The English words of the findings, from the extension's own en_GB catalogue: what the checker prints and the
 * tests read. The extension itself asks the browser, which picks the staff member's language.
 */
import catalog from '../../assets/extension/_locales/en_GB/messages.json';
import { type CatalogEntry, catalogTranslator } from '../core/messages';

export const english = catalogTranslator(catalog as Record<string, CatalogEntry>);
