import { ecosystemEn } from './ecosystem.en';
import { ecosystemVi } from './ecosystem.vi';
import { registerMessages } from './translate';

// Imported by the pages that use the ecosystem's words; they load with those pages only.
registerMessages({ vi: ecosystemVi, en: ecosystemEn });
