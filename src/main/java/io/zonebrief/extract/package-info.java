/**
 * Figures: finds every quantity in clean sentences and describes it (value in base units, unit,
 * qualifier, metric label, period, modality) as an immutable {@link io.zonebrief.extract.Figure}, and holds
 * the model records the later stages share (Figure, Period, Modality, Nature, PeriodKind, SubjectKind).
 * It does not decide whose a figure is (the meaning stage does), which zone it belongs to, or merge.
 */
package io.zonebrief.extract;
