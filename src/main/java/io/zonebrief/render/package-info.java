/**
 * Rendering: the {@link io.zonebrief.render.ReportWriter} contract, atomic file writing, the number
 * display conventions and the words for a fact's nature and time, shared by the workbook and the
 * briefing. POI, OpenPDF and JFreeChart stay inside the sub-packages.
 */
package io.zonebrief.render;
