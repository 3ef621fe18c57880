package org.irohub.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaChildIdTests {

    @Test
    void trimsSpacesAndHoldsLettersInUpperCase() {
        assertThat(LaChildId.of("  la-123/4 ").value()).isEqualTo("LA-123/4");
    }

    @Test
    void acceptsUpToTenCharacters() {
        assertThat(LaChildId.of("ABCDE12345").value()).hasSize(10);
        assertThatThrownBy(() -> LaChildId.of("ABCDE123456")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("LA child id must be 10 characters or fewer");
    }

    @Test
    void isRequired() {
        assertThatThrownBy(() -> LaChildId.of("   ")).hasMessage("Enter the LA child id");
        assertThatThrownBy(() -> LaChildId.of(null)).hasMessage("Enter the LA child id");
    }

    @Test
    void refusesSpacesInsideAndOtherPunctuation() {
        assertThatThrownBy(() -> LaChildId.of("LA 123")).hasMessageContaining("only letters, numbers");
        assertThatThrownBy(() -> LaChildId.of("LA_123")).hasMessageContaining("only letters, numbers");
    }
}
