/**
 * Rendering: the {@link io.zonebrief.render.ReportWriter} contract, atomic file writing and the number
 * display conventions shared by the workbook and the briefing. POI, OpenPDF and JFreeChart stay inside
 * the sub-packages.
 */
package io.zonebrief.render;
