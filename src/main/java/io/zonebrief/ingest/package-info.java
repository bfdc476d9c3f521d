/**
 * Reading inputs: finds article files under the paths a user gives, decodes them into text and
 * hands on one {@link io.zonebrief.ingest.SourceDocument} per file. It tells formats by content, not
 * name (plain text, Markdown, HTML and MHTML pages, .docx, .doc, .rtf, .pdf, sheets of indicators) and
 * charsets (UTF-8, UTF-16, GB18030/GBK, Big5); scanned PDF pages are read by OCR where tesseract is
 * installed; tables, also those a PDF's text lines form by their columns, become tab-separated rows under
 * their header row; a page's date, source, navigation trail and site name travel on as
 * {@link io.zonebrief.ingest.PageFacts}. It reads the optional {@link io.zonebrief.ingest.Manifest} of
 * facts about the files; it does not clean text or look for figures. Every failure is an
 * {@link io.zonebrief.ingest.IngestException} naming the file.
 */
package io.zonebrief.ingest;
