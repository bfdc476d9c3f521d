/**
 * Reading inputs: finds article files under the paths a user gives, decodes them into text and
 * hands on one {@link io.zonebrief.ingest.SourceDocument} per file. It knows formats and charsets; it
 * does not clean text or look for figures.
 */
package io.zonebrief.ingest;
