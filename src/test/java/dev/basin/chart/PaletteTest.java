package dev.basin.chart;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaletteTest {
    @Test
    void tenDistinctColorsThenTheSameCycle() {
        Set<Color> colors = new HashSet<>();
        for (int i = 0; i < Palette.size(); i++) {
            colors.add(Palette.cluster(i));
        }
        assertEquals(10, colors.size());
        assertFalse(colors.contains(Palette.OTHER), "grey is kept for the rest");
        assertEquals(Palette.initializer(3), Palette.initializer(3 + Palette.size()));
        assertEquals(new Color(0x0072B2), Palette.initializer(0), "Okabe–Ito blue first");
        assertEquals(Palette.initializer(2), Palette.basin(2));
        assertThrows(IllegalArgumentException.class, () -> Palette.cluster(-1));
    }

    @Test
    void alphaKeepsTheHue() {
        Color faint = Palette.withAlpha(Palette.initializer(1), 0.3);
        assertEquals(Palette.initializer(1).getRGB() & 0xFFFFFF, faint.getRGB() & 0xFFFFFF);
        assertEquals(77, faint.getAlpha());
    }
}
