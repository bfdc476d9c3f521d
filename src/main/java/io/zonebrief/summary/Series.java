package io.zonebrief.summary;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import java.util.List;

/**
 * One measure of a zone over time: the facts of the same indicator, label, unit and modality
 * ordered by period, actual values and targets kept apart. This class is immutable.
 *
 * @param indicator indicator name, or null when none fits
 * @param metric    the label the points share
 * @param unit      canonical unit
 * @param modality  actual or target
 * @param points    values in period order
 */
public record Series(String indicator, String metric, String unit, Modality modality, List<Point> points) {

    /** A value at a period, with the figures behind it. */
    public record Point(Period period, double value, List<String> figureIds) {
        public Point {
            figureIds = List.copyOf(figureIds);
        }
    }

    public Series {
        points = List.copyOf(points);
    }
}
