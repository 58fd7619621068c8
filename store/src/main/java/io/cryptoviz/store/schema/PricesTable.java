package io.cryptoviz.store.schema;

import java.util.List;

/**
 * The one table of quotes and its column names: every query in the store module names
 * them through these constants, so a rename is one edit. The columns are created by
 * {@link Migrations}.
 */
public final class PricesTable {

	/** The table of every stored quote. */
	public static final String NAME = "crypto_prices";

	public static final String ASSET_ID = "asset_id";

	public static final String NAME_COLUMN = "name";

	public static final String SYMBOL = "symbol";

	public static final String PRICE = "price";

	public static final String PERCENT_CHANGE_24H = "percent_change_24h";

	public static final String MARKET_CAP = "market_cap";

	public static final String VOLUME_24H = "volume_24h";

	public static final String SOURCE = "source";

	public static final String TIMESTAMP = "timestamp";

	public static final String FETCHED_AT = "fetched_at";

	public static final String INGESTED_AT = "ingested_at";

	/** Every column, in table order (the Appender fills them in this order). */
	public static final List<String> COLUMNS = List.of(ASSET_ID, NAME_COLUMN, SYMBOL, PRICE, PERCENT_CHANGE_24H,
			MARKET_CAP, VOLUME_24H, SOURCE, TIMESTAMP, FETCHED_AT, INGESTED_AT);

	private PricesTable() {
	}

}
