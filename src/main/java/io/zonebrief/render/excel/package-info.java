/**
 * The Excel workbook (Apache POI): overview, per-zone sheets and all figures with their quotes,
 * shaped by the workbook template; {@link io.zonebrief.render.excel.ReviewReader} reads reviewers'
 * decisions back from a workbook it wrote. It reads only the summary.
 */
package io.zonebrief.render.excel;
