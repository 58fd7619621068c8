package io.cryptoviz.dashboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.shared.Registration;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import org.jspecify.annotations.Nullable;

/**
 * "Auto-refresh every 60 s": while on and attached, runs the page's refresh action in the
 * UI on every tick, and Vaadin Push sends the changes without a reload. On by default.
 */
public final class AutoRefreshToggle extends Composite<Checkbox> {

	private final RefreshScheduler scheduler;

	private final Runnable refresh;

	private @Nullable Registration ticks;

	private @Nullable UI ui;

	/**
	 * @param scheduler the shared scheduler
	 * @param refresh the page's refresh action, run inside {@code UI.access}
	 */
	public AutoRefreshToggle(RefreshScheduler scheduler, Runnable refresh) {
		this.scheduler = scheduler;
		this.refresh = refresh;
		getContent().setId("auto-refresh");
		getContent().setValue(true);
		getContent().addValueChangeListener(change -> schedule());
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.ui = event.getUI();
		getContent().setLabel(getTranslation("refresh.auto", this.scheduler.autoRefreshInterval().toSeconds()));
		schedule();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stop();
		this.ui = null;
	}

	/**
	 * @return whether auto-refresh is on
	 */
	public boolean enabled() {
		return getContent().getValue();
	}

	private void schedule() {
		stop();
		UI target = this.ui;
		if (target != null && getContent().getValue()) {
			this.ticks = this.scheduler.everyAutoRefresh(() -> target.access(this.refresh::run));
		}
	}

	private void stop() {
		if (this.ticks != null) {
			this.ticks.remove();
			this.ticks = null;
		}
	}

}
