package io.zonebrief.text;

/** What a block of a newspaper page is. Only page furniture and bylines never yield figures. */
public enum BlockType {
    HEADLINE, SUBHEADING, PARAGRAPH, CAPTION, BYLINE, DATELINE, FURNITURE;

    /** True for blocks whose numbers can be figures. */
    public boolean carriesFigures() {
        return this == HEADLINE || this == SUBHEADING || this == PARAGRAPH || this == CAPTION;
    }
}
