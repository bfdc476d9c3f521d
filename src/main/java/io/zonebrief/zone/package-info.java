/**
 * Zones: decides which high-tech zone each document and figure is about, from a gazetteer of zone
 * names and the places and enterprises known to lie in them (and, for a web page, its navigation trail,
site name and source paper), and says why. It does not change figures'
 * values or merge them.
 */
package io.zonebrief.zone;
