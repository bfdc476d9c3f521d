/**
 * Meaning: decides for each extracted figure whose it is (the zone, a named park, project, enterprise
 * or another body), what kind of statement it is (achieved, goal, plan, pipeline, forecast, policy)
 * and how it relates to time (a flow over a span, a stock as of a date, or no period), from the
 * structure a reader uses: sub-articles, headings, the entity each paragraph is about, and the
 * clause around the number. It does not find figures and does not decide their zone.
 */
package io.zonebrief.meaning;
