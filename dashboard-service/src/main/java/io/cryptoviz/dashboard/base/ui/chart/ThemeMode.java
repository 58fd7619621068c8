package io.cryptoviz.dashboard.base.ui.chart;

/** The page's colour scheme, which charts follow. */
public enum ThemeMode {

	LIGHT, DARK;

	String apexName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
