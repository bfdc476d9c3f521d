/**
 * The PDF briefing (OpenPDF): a 简报 with cover, contents, per-zone sections, tables, charts and
 * sources, shaped by the briefing template, in an embedded CJK font. It reads only the summary.
 */
package io.zonebrief.render.pdf;
