/**
 * The Excel workbook (Apache POI): overview, per-zone sheets and all figures with their quotes,
 * shaped by the workbook template. It reads only the summary.
 */
package io.zonebrief.render.excel;
