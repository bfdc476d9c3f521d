package io.zonebrief.extract;

/**
 * A number with its unit found in a sentence, before it is given a meaning. Positions are in the
 * sentence's normalised text.
 *
 * @param start     start of the quantity's words, including a leading qualifier (超10亿瓶)
 * @param end       end of the quantity's words, including a trailing qualifier (7000万元以上)
 * @param numStart  start of the number itself
 * @param unitEnd   end of the unit
 * @param value     value in base units (a range's lower end)
 * @param valueTo   a range's upper end in base units, or null
 * @param unit      canonical unit, or null when the text gives only a scale (314.76万) and the
 *                  label must supply it
 * @param kind      the unit's kind
 * @param qualifier how exact the number is
 */
record Quantity(int start, int end, int numStart, int unitEnd, double value, Double valueTo, String unit,
                Unit.Kind kind, Qualifier qualifier) {

    Quantity withUnit(String newUnit, Unit.Kind newKind, double factor) {
        return new Quantity(start, end, numStart, unitEnd, QuantityScanner.times(value, factor),
                valueTo == null ? null : QuantityScanner.times(valueTo, factor),
                newUnit, newKind, qualifier);
    }

    Quantity withQualifier(Qualifier newQualifier) {
        return new Quantity(start, end, numStart, unitEnd, value, valueTo, unit, kind, newQualifier);
    }

    /** The same quantity with a minus sign written from {@code signStart}; a range keeps its low end first. */
    Quantity negated(int signStart) {
        double low = valueTo == null ? -value : -valueTo;
        Double high = valueTo == null ? null : -value;
        return new Quantity(Math.min(start, signStart), end, numStart, unitEnd, low + 0.0, high, unit, kind, qualifier);
    }
}
