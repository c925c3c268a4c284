/** What the staff dashboard uses from the visit report (lint keeps the rest private). */
export { ReportScreen, type ReportScreenProps } from './ReportScreen';
export { daysToExport, startAutoExport, type AutoExportOptions } from './autoExport';
