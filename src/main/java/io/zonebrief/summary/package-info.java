/**
 * Summary: maps figures to indicators, deduplicates repeated facts, reconciles near-duplicates,
 * flags conflicts and groups everything per zone into the {@link io.zonebrief.summary.Summary} that
 * every renderer reads; also writes it as summary.json. It does not read files or draw anything.
 */
package io.zonebrief.summary;
