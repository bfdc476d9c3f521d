/**
 * Charts (JFreeChart) with Chinese labels, built from summary facts and drawn as vector graphics by
 * the renderers; also owns the bundled CJK font. It decides which charts are honest to draw.
 */
package io.zonebrief.render.chart;
