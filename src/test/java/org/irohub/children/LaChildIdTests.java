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
    void acceptsUpToFiftyCharacters() {
        assertThat(LaChildId.of("A".repeat(50)).value()).hasSize(50);
        assertThatThrownBy(() -> LaChildId.of("A".repeat(51))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("LA child id must be 50 characters or fewer");
    }

    @Test
    void holdsTheIdsOfTheDfeSampleReturn() {
        assertThat(LaChildId.of("DfEX0000001").value()).isEqualTo("DFEX0000001");
        assertThat(LaChildId.of("child_fails_assessments").value()).isEqualTo("CHILD_FAILS_ASSESSMENTS");
    }

    @Test
    void isRequired() {
        assertThatThrownBy(() -> LaChildId.of("   ")).hasMessage("Enter the LA child id");
        assertThatThrownBy(() -> LaChildId.of(null)).hasMessage("Enter the LA child id");
    }

    @Test
    void refusesSpacesInsideAndOtherPunctuation() {
        assertThatThrownBy(() -> LaChildId.of("LA 123")).hasMessageContaining("only letters, numbers");
        assertThatThrownBy(() -> LaChildId.of("LA.123")).hasMessageContaining("only letters, numbers");
        assertThatThrownBy(() -> LaChildId.of("LA'123")).hasMessageContaining("only letters, numbers");
    }
}
