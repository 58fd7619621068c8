package io.cryptoviz.dashboard.predictions.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.cryptoviz.store.read.Asset;
import io.cryptoviz.dashboard.predictions.Stablecoins;

/**
 * One button per tracked crypto, the selected one highlighted, stablecoins marked because
 * their forecasts are noise.
 */
final class CryptoButtons extends Composite<FlexLayout> {

	private final Consumer<String> onSelect;

	private final List<Button> buttons = new ArrayList<>();

	private String selected = "";

	CryptoButtons(Consumer<String> onSelect) {
		this.onSelect = onSelect;
		getContent().setId("crypto-buttons");
		getContent().addClassName("cv-crypto-buttons");
		getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
		getContent().getStyle().set("gap", "var(--lumo-space-s)");
	}

	/**
	 * @param assets tracked assets, in display order
	 * @param selectedId the selected one
	 */
	void show(List<Asset> assets, String selectedId) {
		List<String> ids = assets.stream().map(Asset::assetId).toList();
		if (!ids.equals(this.buttons.stream().map(b -> b.getId().orElse("")).map(id -> id.substring(7)).toList())) {
			getContent().removeAll();
			this.buttons.clear();
			assets.forEach(this::add);
		}
		select(selectedId);
	}

	/**
	 * @param assetId the crypto to highlight
	 */
	void select(String assetId) {
		this.selected = assetId;
		for (Button button : this.buttons) {
			boolean on = button.getId().orElse("").equals("crypto-" + assetId);
			if (on) {
				button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			else {
				button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
		}
	}

	/**
	 * @return the highlighted crypto
	 */
	String selected() {
		return this.selected;
	}

	/**
	 * @return the buttons, for tests
	 */
	List<Button> buttons() {
		return List.copyOf(this.buttons);
	}

	private void add(Asset asset) {
		Button button = new Button(asset.symbol(), click -> this.onSelect.accept(asset.assetId()));
		button.setId("crypto-" + asset.assetId());
		button.setTooltipText(asset.name());
		if (Stablecoins.contains(asset.assetId())) {
			Span mark = new Span(getTranslation("predictions.stablecoin.short"));
			mark.addClassName("cv-stablecoin");
			button.setSuffixComponent(mark);
			button.setTooltipText(asset.name() + " · " + getTranslation("predictions.stablecoin.hint"));
		}
		this.buttons.add(button);
		getContent().add(button);
	}

}
