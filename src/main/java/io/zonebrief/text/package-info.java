/**
 * Cleaning and structure: joins lines broken by page layout, drops repeated paragraphs, classifies
 * blocks (headline, paragraph, caption, byline, page furniture), splits sentences and finds the
 * publication date. Every piece of text keeps offsets into the original. It finds no figures.
 */
package io.zonebrief.text;
