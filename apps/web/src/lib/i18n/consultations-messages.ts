import { consultationsEn } from './consultations.en';
import { consultationsVi } from './consultations.vi';
import { registerMessages } from './translate';

// Imported by the pages that use the consultations' words; they load with those pages only.
registerMessages({ vi: consultationsVi, en: consultationsEn });
