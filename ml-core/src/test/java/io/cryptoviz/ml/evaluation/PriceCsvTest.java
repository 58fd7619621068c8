package io.cryptoviz.ml.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.cryptoviz.ml.series.PriceSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceCsvTest {

	@TempDir
	Path folder;

	@Test
	void reads_an_exchange_kline_file_by_its_close_column() throws IOException {
		Path file = write("timestamp,open,high,low,close,volume\n"
				+ "2025-04-03 17:05:00+00:00,81794.8,81998.1,81785.2,81804.9,317.956\n"
				+ "2025-04-03 17:10:00+00:00,81804.9,81898.3,81714.5,81800.3,128.285\n");

		PriceSeries series = PriceCsv.read(file, null);

		assertThat(series.size()).isEqualTo(2);
		assertThat(series.time(0)).isEqualTo(Instant.parse("2025-04-03T17:05:00Z"));
		assertThat(series.lastPrice()).isEqualTo(81800.3);
	}

	@Test
	void reads_newest_first_hour_labels_oldest_first() throws IOException {
		Path file = write("Date,Symbol,Open,High,Low,Close,Volume From,Volume To\n"
				+ "2018-06-16 08-PM,BTCUSD,6497.97,6529.99,6495.97,6526.17,119.63,779629.68\n"
				+ "2018-06-16 07-PM,BTCUSD,6509.68,6513,6485,6497.97,168.35,1094327.18");

		PriceSeries series = PriceCsv.read(file, null);

		assertThat(series.time(0)).isEqualTo(Instant.parse("2018-06-16T19:00:00Z"));
		assertThat(series.price(0)).isEqualTo(6497.97);
		assertThat(series.lastPrice()).isEqualTo(6526.17);
	}

	@ParameterizedTest
	@CsvSource({ "2025-04-03T17:05:00Z, 2025-04-03T17:05:00Z", "2025-04-03T19:05:00+02:00, 2025-04-03T17:05:00Z",
			"2025-04-03 17:05:00, 2025-04-03T17:05:00Z", "1743699900, 2025-04-03T17:05:00Z",
			"1743699900000, 2025-04-03T17:05:00Z", "2025-04-03 05-PM, 2025-04-03T17:00:00Z" })
	void reads_every_documented_time_shape(String text, Instant expected) {
		assertThat(PriceCsv.time(text, 2)).isEqualTo(expected);
	}

	@Test
	void a_named_price_column_is_used() throws IOException {
		Path file = write("time,price,mid\n2025-01-01T00:00:00Z,1,2\n2025-01-01T00:05:00Z,3,4\n");

		assertThat(PriceCsv.read(file, "mid").lastPrice()).isEqualTo(4);
	}

	@Test
	void a_bad_price_names_its_line_and_value() throws IOException {
		Path file = write("timestamp,close\n2025-01-01T00:00:00Z,1\n2025-01-01T00:05:00Z,-3\n");

		assertThatIllegalArgumentException().isThrownBy(() -> PriceCsv.read(file, null))
			.withMessage("line 3: '-3' is not a price above 0");
	}

	@Test
	void a_bad_time_names_its_line_and_the_shapes_read() throws IOException {
		Path file = write("timestamp,close\nyesterday,1\n");

		assertThatIllegalArgumentException().isThrownBy(() -> PriceCsv.read(file, null))
			.withMessageStartingWith("line 2: 'yesterday' is not a time (ISO-8601");
	}

	@Test
	void a_header_without_a_price_column_says_what_it_looked_for() throws IOException {
		Path file = write("timestamp,open\n2025-01-01T00:00:00Z,1\n");

		assertThatIllegalArgumentException().isThrownBy(() -> PriceCsv.read(file, null))
			.withMessage("the header [timestamp, open] has no a close or price column");
	}

	private Path write(String content) throws IOException {
		Path file = this.folder.resolve("prices.csv");
		Files.writeString(file, content);
		return file;
	}

}
