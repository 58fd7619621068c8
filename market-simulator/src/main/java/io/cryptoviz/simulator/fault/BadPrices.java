package io.cryptoviz.simulator.fault;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How {@link io.cryptoviz.simulator.base.FaultKind#BAD_PRICES} corrupts a response: item
 * 1, 7, 13... get a null price, 3, 9, 15... a negative one, 5, 11, 17... the string
 * {@code "NaN"}; every even item stays valid.
 */
public final class BadPrices {

	static final String ATTRIBUTE = BadPrices.class.getName();

	private BadPrices() {
	}

	/** Whether the fault filter chose to corrupt this request's prices. */
	public static boolean requested(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
	}

	/** The value to serve for the price of the item at {@code index}. */
	public static JsonNode price(int index, double valid) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		return switch (index % 6) {
			case 1 -> nodes.nullNode();
			case 3 -> nodes.numberNode(-Math.abs(valid));
			case 5 -> nodes.stringNode("NaN");
			default -> nodes.numberNode(valid);
		};
	}

}
