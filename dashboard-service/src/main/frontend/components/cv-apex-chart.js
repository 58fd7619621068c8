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
  percent: (value) => (value === null || value === undefined ? '' : `${value.toFixed(2)} %`),
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
    this.dataset.created = '0';
    this.dataset.updates = '0';
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
    this._apply('connect');
  }

  _apply(what) {
    if (!this.isConnected || !this._options || !this._series) return;
    if (!this._chart) {
      this._chart = new ApexCharts(this, { ...withFormatters(this._options), series: this._series });
      this.dataset.created = String(Number(this.dataset.created) + 1);
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
        this.dataset.updates = String(Number(this.dataset.updates) + 1);
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
