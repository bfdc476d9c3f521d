package io.zonebrief.meaning;

import io.zonebrief.extract.SubjectKind;

/**
 * A place in a text that names what figures can belong to: a park, project, enterprise or other body,
 * the zone itself, or a whole city, district or province.
 *
 * @param kind       whose figures it would hold
 * @param name       the name as written (皇台产业园区, 郑州市中心医院), or null for a bare reference
 * @param start      offset of the name in the text
 * @param end        end offset (exclusive)
 * @param reference  true for a bare or pointing word (园区, 该项目, 该公司) that means the topic in force
 * @param collection true for a class rather than one named thing (签约项目, 省重点项目, 城市经济类项目)
 * @param aside      true when the text names it as a place or partner (在…项目园区举行, 与全省同步), not as
 *                   the one whose figures follow
 */
record Mention(SubjectKind kind, String name, int start, int end, boolean reference, boolean collection,
               boolean aside) {

    /** True when figures after it can be this mention's own. */
    boolean canOwn() {
        return !collection && !aside;
    }
}
