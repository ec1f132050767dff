// A Chart.js chart as a custom element. The server sets one property, `config`: a JSON text with the chart's kind,
// labels and series; the element draws it, and redraws when it changes. Amounts are written the Brazilian way.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL', maximumFractionDigits: 0 });
const moneyExact = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const count = new Intl.NumberFormat('pt-BR');

class ClinicChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host{display:block;position:relative;min-height:14rem}canvas{position:absolute;inset:0}</style>' +
      '<canvas></canvas>';
  }

  set config(value) {
    this._config = value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    // A value set before this element was defined sits on the instance and hides the setter: move it through.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    this._draw();
  }

  disconnectedCallback() {
    this._chart?.destroy();
    this._chart = null;
  }

  _draw() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const spec = JSON.parse(this._config);
    const round = spec.money ? (v) => money.format(v) : (v) => count.format(v);
    const exact = spec.money ? (v) => moneyExact.format(v) : (v) => count.format(v);
    const doughnut = spec.type === 'doughnut';
    const valueAxis = spec.horizontal ? 'x' : 'y';
    // Fixed greys that read on light and dark surfaces alike: a canvas cannot resolve the theme's CSS variables.
    const text = '#6b7280';
    const grid = 'rgba(107, 114, 128, 0.18)';
    const scales = doughnut
      ? {}
      : {
          [valueAxis]: { beginAtZero: true, ticks: { callback: round, color: text }, grid: { color: grid } },
          [valueAxis === 'y' ? 'x' : 'y']: { ticks: { color: text }, grid: { display: false } },
        };
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this._chart?.destroy();
    this._chart = new Chart(this.shadowRoot.querySelector('canvas'), {
      type: spec.type,
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 400 },
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales,
        plugins: {
          legend: { display: doughnut || spec.datasets.length > 1, position: 'bottom', labels: { color: text } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const value = doughnut || !spec.horizontal ? item.parsed.y ?? item.parsed : item.parsed.x;
                const label = doughnut ? item.label : item.dataset.label;
                return `${label}: ${exact(typeof value === 'number' ? value : item.raw)}`;
              },
            },
          },
        },
      },
    });
  }
}

customElements.define('clinic-chart', ClinicChart);
