package io.zonebrief.summary;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import java.util.List;

/**
 * One fact about a zone after deduplication: the same figure said in several places becomes one
 * fact that lists every figure behind it. This class is immutable.
 *
 * @param indicator   canonical indicator name from the taxonomy, or null when none fits
 * @param category    the indicator's category (招商引资, 项目建设…), or "其他"
 * @param metric      the metric label of the most precise figure
 * @param value       value in base units (the most precise of the figures)
 * @param unit        canonical unit
 * @param qualifier   qualifier of the chosen figure
 * @param period      period, or null
 * @param modality    actual or target
 * @param subject     what it is about
 * @param subjectName named park/project/enterprise, or null
 * @param figureIds   ids of the figures that state this fact, in document order
 * @param note        a reconciliation note (values that differed within rounding), or null
 */
public record Fact(
        String indicator,
        String category,
        String metric,
        double value,
        String unit,
        Qualifier qualifier,
        Period period,
        Modality modality,
        SubjectKind subject,
        String subjectName,
        List<String> figureIds,
        String note) {

    public Fact {
        figureIds = List.copyOf(figureIds);
    }

    /**
     * The words the article uses for what was measured (出院人次, 成功签约项目), which say more than the
     * indicator they are grouped under (医疗卫生, 签约项目数).
     */
    public String label() {
        return metric.replace("“", "").replace("”", "");
    }
}
