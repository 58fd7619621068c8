package io.cryptoviz.dashboard.prices;

import java.util.Arrays;
import java.util.Optional;

/** The export's body format ({@code format=}, or the Accept header). */
public enum PriceFormat {

	/** One JSON object with a {@code prices} array; the default. */
	JSON("json", "application/json"),

	/** RFC 4180 CSV with a header row {@code time,source,price}. */
	CSV("csv", "text/csv");

	/** The accepted values, for documentation and errors. */
	public static final String ALLOWED = "json or csv";

	private final String param;

	private final String mediaType;

	PriceFormat(String param, String mediaType) {
		this.param = param;
		this.mediaType = mediaType;
	}

	/**
	 * @return the Content-Type, UTF-8
	 */
	public String contentType() {
		return this.mediaType + ";charset=UTF-8";
	}

	/**
	 * @return the media type without parameters
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * @return the file extension, for a download's file name
	 */
	public String extension() {
		return this.param;
	}

	/**
	 * @param value the API value, any case
	 * @return the format it names
	 */
	public static Optional<PriceFormat> fromParam(String value) {
		return Arrays.stream(values()).filter(f -> f.param.equalsIgnoreCase(value)).findFirst();
	}

}
