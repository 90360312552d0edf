package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void parsesTheThreeSingleRangeForms() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(new ByteRange(500, 999), ByteRange.parse("bytes=500-", 1000));
        assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=-100", 1000));
        assertEquals(new ByteRange(0, 999), ByteRange.parse("bytes=-5000", 1000));
        assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=990-5000", 1000), "end is clamped");
        assertEquals(100, ByteRange.parse("bytes=0-99", 1000).length());
    }

    @Test
    void ignoresWhatItDoesNotUnderstand() {
        assertNull(ByteRange.parse(null, 1000));
        assertNull(ByteRange.parse("bytes=0-1,5-9", 1000));
        assertNull(ByteRange.parse("items=0-1", 1000));
        assertNull(ByteRange.parse("bytes=-", 1000));
        assertNull(ByteRange.parse("bytes=9-1", 1000));
        assertNull(ByteRange.parse("bytes=99999999999999999999-", 1000));
    }

    @Test
    void knowsWhenARangeCannotBeSatisfied() {
        assertTrue(ByteRange.parse("bytes=999-", 1000).satisfiable(1000));
        assertFalse(ByteRange.parse("bytes=1000-", 1000).satisfiable(1000));
        assertFalse(ByteRange.parse("bytes=-0", 1000).satisfiable(1000));
    }
}
