/**
 * Reading inputs: finds article files under the paths a user gives, decodes them into text and
 * hands on one {@link io.zonebrief.ingest.SourceDocument} per file. It knows formats (plain text,
 * .docx, .html, .pdf) and charsets (UTF-8, UTF-16, GB18030/GBK, Big5), and reads the optional
 * {@link io.zonebrief.ingest.Manifest} of facts about the files; it does not clean text or look for
 * figures. Every failure is an {@link io.zonebrief.ingest.IngestException} naming the file.
 */
package io.zonebrief.ingest;
