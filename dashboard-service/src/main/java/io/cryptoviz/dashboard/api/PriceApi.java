package io.cryptoviz.dashboard.api;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.cryptoviz.dashboard.base.parameter.InvalidParameterException;
import io.cryptoviz.dashboard.base.parameter.ParameterReader;
import io.cryptoviz.dashboard.base.source.SourceCatalog;
import io.cryptoviz.dashboard.base.source.SourceSelection;
import io.cryptoviz.dashboard.prices.PriceExport;
import io.cryptoviz.dashboard.prices.PriceExportService;
import io.cryptoviz.dashboard.prices.PriceFormat;
import io.cryptoviz.dashboard.prices.PriceParameters;
import io.cryptoviz.dashboard.prices.PriceWriter;
import io.cryptoviz.model.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The price export. Parameters are checked and the first slice is read before anything is
 * written, so every error is still a problem response; the rows are then written straight
 * to the response while later slices are read, never collected first.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "prices", description = "Stored prices per source, raw or averaged per interval, as JSON or CSV")
class PriceApi {

	private static final String PROBLEM = "application/problem+json";

	private final PriceExportService prices;

	private final SourceCatalog sources;

	PriceApi(PriceExportService prices, SourceCatalog sources) {
		this.prices = prices;
		this.sources = sources;
	}

	@GetMapping(path = "/prices/{asset}", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@Operation(summary = "One asset's prices per source over a period: every stored quote, or each source's "
			+ "average per 5 minutes, hour or day (computed in the store). JSON by default; CSV with "
			+ "Accept: text/csv or format=csv.")
	@ApiResponse(responseCode = "200", description = "the prices, oldest first, sources in name order at each time",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = PriceDocument.class)),
					@Content(mediaType = "text/csv",
							schema = @Schema(type = "string",
									example = "time,source,price\r\n2026-01-31T12:00:00Z,coingecko,97012.5\r\n")) })
	@ApiResponse(responseCode = "400", description = "a parameter is malformed or out of range; the problem names it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "the asset was not quoted in the last day of data",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503",
			description = "no data stored yet, or the consumer held the store past the wait bound; see Retry-After",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	void prices(
			@Parameter(description = "CoinGecko id, as listed by GET /api/v1/assets",
					schema = @Schema(pattern = "^" + AssetId.REGEX + "$")) @PathVariable String asset,
			@Parameter(description = "start, inclusive: " + PriceParameters.TIME_ALLOWED
					+ " (default: the interval's default period before to: 1 day for raw and 5m, 30 days for 1h, "
					+ "366 days for 1d)") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "end, exclusive: " + PriceParameters.TIME_ALLOWED
					+ " (default: just after the newest quote); at most 366 days after from for raw and 5m, "
					+ "3660 for 1h and 1d") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = SourceSelection.DOCUMENTED + " (default all)") @RequestParam(
					required = false) @Nullable String source,
			@Parameter(description = "every stored quote (raw), or each source's average per bucket",
					schema = @Schema(allowableValues = { "raw", "5m", "1h", "1d" },
							defaultValue = "raw")) @RequestParam(required = false) @Nullable String interval,
			@Parameter(description = "body format; overrides the Accept header",
					schema = @Schema(allowableValues = { "json", "csv" })) @RequestParam(
							required = false) @Nullable String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept,
			HttpServletResponse response) throws IOException {
		PriceFormat body = format(format, accept);
		PriceExport export = StoreNotReadyException
			.valueOf(this.prices.open(PriceParameters.read(asset, from, to, source, interval, this.sources)));
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(body.contentType());
		if (body == PriceFormat.CSV) {
			PriceExport.Header header = export.header();
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + header.assetId() + "-"
					+ header.interval().param() + "." + body.extension() + "\"");
		}
		export.writeTo(PriceWriter.of(body, response.getOutputStream()));
	}

	// format= wins; otherwise the first of JSON and CSV the Accept header prefers, JSON
	// when it names neither (a browser's */*).
	private static PriceFormat format(@Nullable String format, @Nullable String accept) {
		PriceFormat chosen = ParameterReader.strict()
			.choice("format", format, PriceFormat::fromParam, PriceFormat.ALLOWED, null);
		if (chosen != null) {
			return chosen;
		}
		if (accept == null || accept.isBlank()) {
			return PriceFormat.JSON;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("Accept", "a media type list such as text/csv", accept);
		}
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : accepted) {
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
				return PriceFormat.JSON;
			}
			if (type.isCompatibleWith(MediaType.valueOf("text/csv")) && !type.isWildcardType()) {
				return PriceFormat.CSV;
			}
		}
		return PriceFormat.JSON;
	}

	/**
	 * The JSON body, for the OpenAPI document; it is written row by row, never built.
	 *
	 * @param asset CoinGecko id
	 * @param interval raw, 5m, 1h or 1d
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @param sources the sources read
	 * @param prices the rows
	 */
	record PriceDocument(String asset, String interval, String from, String to, List<String> sources,
			List<Row> prices) {

		/**
		 * @param time ISO-8601 UTC: the quote's timestamp, or the start of its bucket
		 * @param source source key
		 * @param price USD, or the source's average over the bucket
		 */
		record Row(String time, String source, double price) {
		}

	}

}
