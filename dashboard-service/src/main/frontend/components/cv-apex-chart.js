// <cv-apex-chart>: one ApexCharts instance per element, created once. The server sets
// two properties: `options` (everything but data) and `series` (the data). Later changes
// go through updateOptions/updateSeries, so a refresh never rebuilds the chart.
import ApexCharts from 'apexcharts';

const FORMATS = {
  price: (value) => {
    if (value === null || value === undefined) return '';
    const abs = Math.abs(value);
    if (abs >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
    if (abs >= 1) return value.toFixed(2);
    return value.toPrecision(4);
  },
  percent: (value) => {
    if (value === null || value === undefined) return '';
    const digits = Math.abs(value) >= 0.1 || value === 0 ? 2 : 3;
    return `${value.toFixed(digits)} %`;
  },
};

// The server cannot send functions; a y-axis names its format and it is resolved here.
function withFormatters(options) {
  const axes = Array.isArray(options.yaxis) ? options.yaxis : options.yaxis ? [options.yaxis] : [];
  const yaxis = axes.map((axis) => {
    const formatter = FORMATS[axis.cvFormat];
    const { cvFormat, ...rest } = axis;
    return formatter ? { ...rest, labels: { ...(rest.labels || {}), formatter } } : rest;
  });
  return { ...options, yaxis: Array.isArray(options.yaxis) ? yaxis : yaxis[0] };
}

class CvApexChart extends HTMLElement {
  constructor() {
    super();
    this._options = undefined;
    this._series = undefined;
    this._chart = undefined;
    this._queue = Promise.resolve();
    this._created = 0;
    this._updates = 0;
  }

  set options(value) {
    this._options = value;
    this._apply('options');
  }

  get options() {
    return this._options;
  }

  set series(value) {
    this._series = value;
    this._apply('series');
  }

  get series() {
    return this._series;
  }

  connectedCallback() {
    // Flow may set the properties before this module has loaded; such values sit on the
    // instance and would hide the setters above, so move them through the setters.
    for (const name of ['options', 'series']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._apply('connect');
  }

  _apply(what) {
    if (!this.isConnected || !this._options || !this._series) return;
    if (!this._chart) {
      this._chart = new ApexCharts(this, { ...withFormatters(this._options), series: this._series });
      this._created += 1;
      this.dataset.created = String(this._created);
      this.dataset.updates = String(this._updates);
      this._queue = this._chart.render().then(() => this._drawn());
      return;
    }
    if (what === 'connect') return;
    const chart = this._chart;
    this._queue = this._queue
      .then(() =>
        what === 'options'
          ? chart.updateOptions(withFormatters(this._options), false, false, false)
          : chart.updateSeries(this._series, false),
      )
      .then(() => {
        this._updates += 1;
        this.dataset.updates = String(this._updates);
        this._drawn();
      });
  }

  _drawn() {
    this.dataset.drawn = String(Date.now());
    this.dispatchEvent(new CustomEvent('chart-drawn', { bubbles: false }));
  }
}

if (!customElements.get('cv-apex-chart')) {
  customElements.define('cv-apex-chart', CvApexChart);
}
