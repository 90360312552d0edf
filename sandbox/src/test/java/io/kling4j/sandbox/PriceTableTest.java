package io.kling4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTableTest {
    @Test
    void ratesPerResolution() {
        assertEquals(new BigDecimal("0.07"), PriceTable.ratePerSecond("720p", false));
        assertEquals(new BigDecimal("0.07"), PriceTable.ratePerSecond(null, false));
        assertEquals(new BigDecimal("0.10"), PriceTable.ratePerSecond("1080p", false));
        assertEquals(new BigDecimal("0.20"), PriceTable.ratePerSecond("4k", false));
    }

    @Test
    void soundCostsFortyPercentMore() {
        assertEquals(0, new BigDecimal("0.098").compareTo(PriceTable.ratePerSecond("720p", true)));
        assertEquals(0, new BigDecimal("0.28").compareTo(PriceTable.ratePerSecond("4k", true)));
    }

    @Test
    void costIsDurationTimesRateRoundedToFourDecimals() {
        assertEquals(0.35, PriceTable.cost(5, "720p", false));
        assertEquals(1.4, PriceTable.cost(10, "1080p", true));
        assertEquals(0.294, PriceTable.cost(3, null, true));
        assertEquals(4.2, PriceTable.cost(15, "4k", true));
        assertThrows(IllegalArgumentException.class, () -> PriceTable.cost(0, "720p", false));
    }
}
