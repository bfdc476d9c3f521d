/**
 * Figures: finds every quantity in clean sentences and describes it (value in base units, unit,
 * qualifier, metric label, period, modality, subject) as an immutable {@link io.zonebrief.extract.Figure}.
 * It does not decide which zone a figure belongs to and does not deduplicate.
 */
package io.zonebrief.extract;
