package io.cryptoviz.dashboard.multisource;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import io.cryptoviz.model.Source;

/** Which sources to show ({@code sources=} in the URL). */
public enum SourceChoice {

	BOTH("both", Set.of(Source.COINGECKO, Source.COINMARKETCAP)), COINGECKO("coingecko", Set.of(Source.COINGECKO)),
	COINMARKETCAP("coinmarketcap", Set.of(Source.COINMARKETCAP));

	private final String param;

	private final Set<Source> sources;

	SourceChoice(String param, Set<Source> sources) {
		this.param = param;
		this.sources = Set.copyOf(sources);
	}

	/**
	 * @return the URL value
	 */
	public String param() {
		return this.param;
	}

	/**
	 * @return the sources included
	 */
	public Set<Source> sources() {
		return this.sources;
	}

	static Optional<SourceChoice> fromParam(String value) {
		return Arrays.stream(values()).filter(s -> s.param.equalsIgnoreCase(value)).findFirst();
	}

}
