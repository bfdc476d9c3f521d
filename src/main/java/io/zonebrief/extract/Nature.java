package io.zonebrief.extract;

import java.util.Locale;

/**
 * What kind of statement a figure is, finer than {@link Modality}: something done or existing, or one
 * of the ways a number can speak of what is not (yet) so. Reports keep these apart, because a plan
 * stated as a result is a wrong report even when its digits are right.
 */
public enum Nature {
    /** Done or existing: 完成投资59.46亿元, 现有高新技术企业65家. */
    ACHIEVED,
    /** What the zone or a body aims for: 力争, 目标, 确保, 到2029年. */
    GOAL,
    /** A planned attribute of a project or park: 计划总投资, 建成后年产, 设计产能, 规划面积. */
    PLAN,
    /**
     * What a project, park or list is, neither done over a span nor aimed for: 总投资5亿元的路桥项目, 总建筑面积
     * 21.28万平方米, 22个市重点项目总投资170.96亿元. It exists (modality actual), but it is no result: reports show
     * it as a size, not beside what was done.
     */
    ATTRIBUTE,
    /** Deals not yet made: 拟签约, 在谈, 洽谈中, 储备项目. */
    PIPELINE,
    /**
     * Leads gathered and talks held (收集招商引资信息232条, 洽谈对接项目158个, 意向投资454亿元): work done, counted
     * as such, but no deal made; reports keep it apart from what was signed.
     */
    PROSPECTS,
    /** An estimate of what will be: 预计, 预期, 有望. */
    FORECAST,
    /** A policy's grant standard or condition: 给予最高500万元资助. Neither a result nor a goal (modality unknown). */
    POLICY,
    /** The text does not tell. */
    UNSTATED;

    /** The lower-case name used in summary.json. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The modality of the summary.json contract this nature falls under. */
    public Modality modality() {
        return switch (this) {
            case ACHIEVED, ATTRIBUTE, PROSPECTS -> Modality.ACTUAL;
            case UNSTATED, POLICY -> Modality.UNKNOWN;
            default -> Modality.TARGET;
        };
    }

    /** The nature a bare modality implies when nothing finer is known. */
    public static Nature of(Modality m) {
        return switch (m) {
            case ACTUAL -> ACHIEVED;
            case TARGET -> GOAL;
            case UNKNOWN -> UNSTATED;
        };
    }
}
