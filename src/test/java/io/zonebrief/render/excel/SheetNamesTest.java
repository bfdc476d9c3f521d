package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("焦作高新区", "焦作高新区"),
                Arguments.of("a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h"),
                Arguments.of("'quoted'", "quoted"),
                Arguments.of("   ", "_"),
                Arguments.of("History", "_History"),
                Arguments.of("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void makesNamesLegal(String wanted, String legal) {
        assertEquals(legal, SheetNames.legal(wanted));
    }

    @Test
    void claimsUniqueNamesIgnoringCase() {
        SheetNames names = new SheetNames();
        assertEquals("概览", names.claim("概览"));
        assertEquals("概览 (2)", names.claim("概览"));
        assertEquals("Zone", names.claim("Zone"));
        assertEquals("zone (2)", names.claim("zone"));
        String longName = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三";
        assertEquals(31, names.claim(longName).length());
        assertEquals("一二三四五六七八九十一二三四五六七八九十一二三四五六七 (2)", names.claim(longName + "x"));
    }

    @Test
    void quotesNamesForLinks() {
        assertEquals("'数据明细'", SheetNames.quoted("数据明细"));
        assertEquals("'it''s'", SheetNames.quoted("it's"));
    }
}
