package io.cryptoviz.model;

/**
 * Redis key names shared by the scraper (producer), the consumer and the dashboard. One
 * place, so a rename cannot leave a service reading an empty list.
 */
public final class RedisKeys {

	/**
	 * The queue of encoded quotes: the scraper LPUSHes, the consumer BLMOVEs from the
	 * right.
	 */
	public static final String QUEUE = "cryptoviz:quotes";

	/** Prefix of each consumer's processing list; the consumer id follows. */
	public static final String PROCESSING_PREFIX = "cryptoviz:quotes:processing:";

	/** Messages that could not be decoded or validated, each with its reason. */
	public static final String DEAD_LETTER = "cryptoviz:quotes:dead";

	/**
	 * "live" or "simulated": what the scraper is pointed at, so the dashboard can say so.
	 */
	public static final String DATA_MODE = "cryptoviz:mode";

	/** Set of asset ids whose history the scraper has already backfilled. */
	public static final String BACKFILL_DONE = "cryptoviz:scraper:backfill";

	private RedisKeys() {
	}

	/**
	 * The processing list that belongs to one consumer instance.
	 * @param consumerId a stable id for the consumer instance
	 * @return the key of its processing list
	 */
	public static String processing(String consumerId) {
		if (consumerId.isBlank()) {
			throw new IllegalArgumentException("consumerId must not be blank");
		}
		return PROCESSING_PREFIX + consumerId;
	}

}
