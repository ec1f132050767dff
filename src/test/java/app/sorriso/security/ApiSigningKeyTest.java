package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiSigningKeyTest {

    static final String RANDOM_LOOKING = "q3Vx9LmP0sT7yZ2bN8cR4wK6hJ1fD5gA0eU3iO9pQ7rS2t";

    @Test
    void prod_refuses_to_start_without_a_secret() {
        assertThatThrownBy(() -> ApiSigningKey.keyFor(null, true)).hasMessageContaining("JWT_SECRET is not set");
        assertThatThrownBy(() -> ApiSigningKey.keyFor("  ", true)).hasMessageContaining("JWT_SECRET is not set");
    }

    @Test
    void a_secret_shorter_than_256_bits_or_a_placeholder_is_refused_everywhere() {
        assertThatThrownBy(() -> ApiSigningKey.keyFor("too-short-a-secret", false))
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> ApiSigningKey.keyFor("a".repeat(64), true)).hasMessageContaining("placeholder");
        assertThatThrownBy(() -> ApiSigningKey.keyFor("change-me-to-a-long-random-value-0123456789", true))
                .hasMessageContaining("placeholder");
    }

    @Test
    void outside_prod_a_missing_secret_becomes_a_random_key_per_start() {
        assertThat(ApiSigningKey.keyFor(null, false).getEncoded())
                .hasSize(ApiSigningKey.MIN_BYTES)
                .isNotEqualTo(ApiSigningKey.keyFor(null, false).getEncoded());
    }

    @Test
    void a_long_random_secret_is_used_as_it_is() {
        assertThat(ApiSigningKey.keyFor(RANDOM_LOOKING, true).getAlgorithm()).isEqualTo("HmacSHA256");
    }
}
