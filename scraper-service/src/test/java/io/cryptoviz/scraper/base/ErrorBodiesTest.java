package io.cryptoviz.scraper.base;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBodiesTest {

	private static String describe(String body) {
		return ErrorBodies.describe(body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void cloudflares_short_text_body_is_quoted() {
		assertThat(describe("error code: 1015")).isEqualTo("'error code: 1015'");
	}

	@Test
	void control_characters_are_escaped_so_the_body_stays_on_one_line() {
		assertThat(describe("bad\ngateway\t\u001b[31m")).isEqualTo("'bad\\ngateway\\t\\u001b[31m'");
	}

	@Test
	void a_long_text_body_is_cut_to_200_characters() {
		assertThat(describe("x".repeat(500))).isEqualTo("'" + "x".repeat(200) + "…'");
	}

	@Test
	void a_long_provider_message_is_cut_to_200_characters() {
		assertThat(describe("{\"status\":{\"error_code\":10012,\"error_message\":\"" + "y".repeat(300) + "\"}}"))
			.isEqualTo("error 10012 '" + "y".repeat(200) + "…'");
	}

	@Test
	void a_truncated_json_body_is_quoted_rather_than_described_by_size() {
		assertThat(describe("{\"status\":{\"error_code\":")).isEqualTo("'{\"status\":{\"error_code\":'");
	}

	@Test
	void an_empty_body_says_so() {
		assertThat(describe("")).isEqualTo("empty body");
	}

}
